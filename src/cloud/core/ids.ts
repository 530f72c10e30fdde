import type { World } from './world';

/** IAM unique-id prefixes (reference_identifiers) plus EC2 resource id prefixes. */
const PREFIX = {
  user: 'AIDA',
  role: 'AROA',
  policy: 'ANPA',
  'instance-profile': 'AIPA',
  group: 'AGPA',
  'access-key': 'AKIA',
  'session-key': 'ASIA',
  instance: 'i-',
  reservation: 'r-',
  'security-group': 'sg-',
  'key-pair': 'key-',
  'iip-assoc': 'iip-assoc-',
} as const;
export type IdKind = keyof typeof PREFIX;

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const HEX = '0123456789abcdef';

// murmur3's 32-bit finaliser: cheap, well mixed, and deterministic everywhere.
function mix(x: number): number {
  let h = x | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

function chars(state: number, alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[mix(state + Math.imul(i + 1, 0x9e3779b9)) % alphabet.length];
  return out;
}

function bodyFor(kind: IdKind, state: number): string {
  switch (kind) {
    case 'instance': case 'reservation': case 'security-group': case 'key-pair': case 'iip-assoc': return chars(state, HEX, 17);
    case 'access-key': case 'session-key': return chars(state, BASE32, 16); // 20 characters in all
    default: return chars(state, BASE32, 17); // 21 characters in all
  }
}

/** The next deterministic id of a kind; advances the world's seed counter. Pure. */
export function nextId(world: World, kind: IdKind): { world: World; id: string } {
  const seed = world.seed + 1;
  return { world: { ...world, seed }, id: PREFIX[kind] + bodyFor(kind, mix(seed)) };
}

function hashString(text: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return mix(h);
}

/** A stable id derived from text (e.g. an AWS managed policy's ARN); does not touch the seed. */
export function stableId(kind: IdKind, text: string): string {
  return PREFIX[kind] + bodyFor(kind, hashString(text));
}

/** Stable lowercase hex of any length derived from text (S3 canonical ids, ETags). */
export function stableHex(text: string, length: number): string {
  return chars(hashString(text), HEX, length);
}

/** 32 hex digits in a UUID's 8-4-4-4-12 shape (request ids, stack ids, event ids). */
export const uuidShape = (hex: string): string =>
  `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;

/** A UUID-shaped id derived from text, stable for a replayed demo. */
export const stableUuid = (text: string): string => uuidShape(stableHex(text, 32));
