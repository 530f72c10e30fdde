import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { eventSequence, type CloudEvent } from '../cloud/core/events';
import type { Account } from '../cloud/core/world';
import { checksum, fromBase64, inflateText, isPacked, packedPartsOf, toBase64 } from './packed-part';

/**
 * A saved world is kept in parts (one per account, one per thousand events) so that a save re-encodes
 * only what changed: a console read adds an event and touches one small part, not 5,000 roles.
 * A big part is stored deflated (JSON compresses about tenfold), so a large world still fits the
 * browser's ~5 million characters of localStorage; a small one stays plain, readable JSON.
 * Synchronous (fflate), so the last change can still be written while the page is being closed.
 */
export type Part = unknown;
/** Parts longer than this (JSON characters) are deflated. */
export const PACK_ABOVE = 50_000;
export const EVENTS_PER_PART = 1000;

/** A value as a part: itself when small, deflated when big. */
export function encodePart(value: unknown): Part {
  const text = JSON.stringify(value);
  if (text.length <= PACK_ABOVE) return value;
  const deflated = toBase64(deflateSync(strToU8(text), { level: 6 }));
  keepDecoded(deflated, value); // another tab's save repeating this part then needs no inflating
  return { deflated, check: checksum(deflated) };
}

/** The native (async, much faster) codec where the browser has it; the same raw DEFLATE as fflate's. */
const nativeCodec = typeof CompressionStream === 'function' && typeof DecompressionStream === 'function';

async function pipe(bytes: Uint8Array<ArrayBuffer>, through: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(through)).arrayBuffer());
}

/**
 * Before a save: deflates, off the critical path and with the browser's codec, the big parts not yet
 * encoded, so that the synchronous save that follows finds them ready. A part missed here is simply
 * deflated by that save.
 */
export async function packAhead(accounts: readonly Account[], chunks: readonly CloudEvent[][]): Promise<void> {
  if (!nativeCodec) return;
  const pack = async (value: unknown): Promise<Part> => {
    const text = JSON.stringify(value);
    if (text.length <= PACK_ABOVE) return value;
    const deflated = toBase64(await pipe(strToU8(text) as Uint8Array<ArrayBuffer>, new CompressionStream('deflate-raw')));
    keepDecoded(deflated, value);
    return { deflated, check: checksum(deflated) };
  };
  await Promise.all([
    ...accounts.filter((a) => !accountParts.has(a)).map(async (a) => { accountParts.set(a, await pack(a)); }),
    ...chunks.filter((c) => cachedEventsPart(c) === undefined).map(async (c) => { rememberEventsPart(c, await pack(c)); }),
  ]);
}

/**
 * Before a load: inflates the stored big parts with the browser's codec, so that parsing finds them
 * decoded. Asked again for the same text (boot starts it early: unpack-early.ts), it returns the same work.
 */
export function unpackAhead(raw: string | null): Promise<void> {
  if (raw === null || raw !== unpacking.raw) unpacking = { raw, done: unpack(raw) };
  return unpacking.done;
}
let unpacking: { raw: string | null; done: Promise<void> } = { raw: null, done: Promise.resolve() };

async function unpack(raw: string | null): Promise<void> {
  if (!nativeCodec || raw === null || !raw.includes('"deflated"')) return;
  await Promise.all(packedPartsOf(raw).filter((p) => !decoded.has(p.deflated)).map(async (part) => {
    try {
      keepDecoded(part.deflated, JSON.parse(await inflateText(part)) as unknown);
    } catch {
      // Left to the synchronous parse, which reports the damage.
    }
  }));
}

export type Decoded = { value: unknown; trusted: boolean };

/**
 * A part's value. A deflated part whose checksum matches is exactly what this app wrote from a world it
 * held, so it is `trusted` (not validated again: that would take longer than the rest of a reload of a
 * large world); a plain part must be validated by the caller. Throws on damage.
 */
export function decodePart(part: Part): Decoded {
  if (!isPacked(part)) return { value: part, trusted: false };
  // A text already decoded was checked then (or written by this tab).
  let value = decoded.get(part.deflated);
  if (value !== undefined) return { value, trusted: true };
  if (checksum(part.deflated) !== part.check) throw new Error('a saved part is damaged (checksum mismatch)');
  keepDecoded(part.deflated, (value = JSON.parse(strFromU8(inflateSync(fromBase64(part.deflated)))) as unknown));
  return { value, trusted: true };
}

function keepDecoded(deflated: string, value: unknown): void {
  decoded.set(deflated, value);
  if (decoded.size > DECODED_KEPT) decoded.delete(decoded.keys().next().value!);
}

// Parts decoded lately, by their stored text. Another tab's save repeats every part it did not change:
// those come back as the very objects this tab holds, with no inflating. Worlds are never mutated in place,
// so sharing them is safe.
const DECODED_KEPT = 64;
const decoded = new Map<string, unknown>();

// Parts already encoded, by the (immutable) object they encode: unchanged parts are never re-encoded.
const accountParts = new WeakMap<Account, Part>();
const eventParts = new WeakMap<CloudEvent, { last: CloudEvent; length: number; part: Part }>();

export function accountPart(account: Account): Part {
  let part = accountParts.get(account);
  if (part === undefined) accountParts.set(account, (part = encodePart(account)));
  return part;
}

export function rememberAccountPart(account: Account, part: Part): void {
  accountParts.set(account, part);
}

/** Events in runs by id: events 1-1000 in one part, 1001-2000 in the next; the newest run is the only one that grows. */
export function eventChunks(events: readonly CloudEvent[]): CloudEvent[][] {
  const chunks: CloudEvent[][] = [];
  let chunk: CloudEvent[] = [];
  let key = Number.NaN;
  for (const event of events) {
    const next = Math.floor((eventSequence(event.eventId) - 1) / EVENTS_PER_PART);
    if (chunk.length > 0 && (!Object.is(next, key) || chunk.length >= EVENTS_PER_PART)) {
      chunks.push(chunk);
      chunk = [];
    }
    key = next;
    chunk.push(event);
  }
  if (chunk.length > 0) chunks.push(chunk);
  return chunks;
}

export function eventsPart(chunk: CloudEvent[]): Part {
  const known = cachedEventsPart(chunk);
  if (known !== undefined) return known;
  const part = encodePart(chunk);
  rememberEventsPart(chunk, part);
  return part;
}
function cachedEventsPart(chunk: readonly CloudEvent[]): Part | undefined {
  const known = eventParts.get(chunk[0]!);
  return known && known.last === chunk[chunk.length - 1] && known.length === chunk.length ? known.part : undefined;
}

export function rememberEventsPart(chunk: readonly CloudEvent[], part: Part): void {
  if (chunk.length > 0) eventParts.set(chunk[0]!, { last: chunk[chunk.length - 1]!, length: chunk.length, part });
}
