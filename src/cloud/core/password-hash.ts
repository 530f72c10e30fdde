// Console passwords live in the world only as salted scrypt hashes: learners type real passwords out of
// habit, and a world is stored in the browser and exported. scrypt comes from @noble/hashes (audited, no
// dependencies); a hand-written hash would be the weak point. It is its own chunk (5.6 KB gzipped), kept
// out of the first load: dispatch is synchronous, so callers load it first (core/preload.ts).
type Scrypt = typeof import('@noble/hashes/scrypt.js').scrypt;
let scrypt: Scrypt | undefined;

/** Loads the key-derivation code; needed before any operation that sets or checks a password. */
export async function loadPasswordHashing(): Promise<void> {
  scrypt ??= (await import('@noble/hashes/scrypt.js')).scrypt;
}

/** log2 of scrypt's cost N, the block size r and parallelism p. N = 2^16 with r = 8 takes 64 MiB and
 * 0.2–0.4 s per password in Node on a 2-core machine: slow for guessing, quick enough for one sign-in. */
const COST_LOG2 = 16;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_BYTES = 32;
const SALT_BYTES = 16;

const PREFIX = 'scrypt';
const encoder = new TextEncoder();

const toBase64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

function derive(password: string, salt: Uint8Array, costLog2: number, r: number, p: number): Uint8Array {
  if (!scrypt) throw new Error('password hashing is not loaded: await loadPasswordHashing() (core/preload.ts) first');
  return scrypt(encoder.encode(password), salt, { N: 2 ** costLog2, r, p, dkLen: KEY_BYTES });
}

/** "scrypt$16$8$1$<salt>$<key>" (base64): the parameters travel with the hash, so they can rise later. */
export function hashPassword(password: string, salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES))): string {
  const key = derive(password, salt, COST_LOG2, BLOCK_SIZE, PARALLELISM);
  return [PREFIX, COST_LOG2, BLOCK_SIZE, PARALLELISM, toBase64(salt), toBase64(key)].join('$');
}

/** Whether `password` is the one `stored` was made from. A malformed stored hash matches nothing. */
export function verifyPassword(password: string, stored: string): boolean {
  const [prefix, costLog2, r, p, salt, key] = stored.split('$');
  const numbers = [costLog2, r, p].map(Number);
  if (prefix !== PREFIX || salt === undefined || key === undefined || numbers.some((n) => !Number.isInteger(n) || n < 1)) return false;
  const [n, blockSize, parallelism] = numbers as [number, number, number];
  if (n > 20) return false; // a tampered world must not make the browser allocate gigabytes
  const expected = fromBase64(key);
  const actual = derive(password, fromBase64(salt), n, blockSize, parallelism);
  // Constant time over the key's length, as a verifier should be.
  let difference = expected.length ^ actual.length;
  for (let i = 0; i < Math.min(expected.length, actual.length); i++) difference |= expected[i]! ^ actual[i]!;
  return difference === 0;
}

/** Whether a stored value has this module's shape: the world schema refuses anything else, clear text included. */
export const PASSWORD_HASH_PATTERN = /^scrypt\$\d{1,2}\$\d{1,2}\$\d{1,2}\$[A-Za-z0-9+/]+=*\$[A-Za-z0-9+/]+=*$/;
