/**
 * The stored form of a big part of a saved world: base64 of raw DEFLATE, and a checksum of that text.
 */
export type Packed = { deflated: string; check: string };

// FNV-1a over the stored text: detects damage cheaply. Not a defence against deliberate edits.
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// Native base64 where the browser has it (Chromium 140+), else by hand.
type Base64Native = { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };
type Base64Bytes = Uint8Array & { toBase64?: () => string };

export function toBase64(bytes: Base64Bytes): string {
  if (bytes.toBase64) return bytes.toBase64();
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const native = (Uint8Array as Base64Native).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function isPacked(part: unknown): part is Packed {
  return typeof part === 'object' && part !== null && !Array.isArray(part) && Object.keys(part).length === 2
    && typeof (part as Packed).deflated === 'string' && typeof (part as Packed).check === 'string';
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The packed parts of a saved state's text; none when the text is not JSON. Checksums not checked. */
export function packedPartsOf(raw: string): Packed[] {
  let envelope: { accounts?: unknown; events?: unknown };
  try {
    envelope = JSON.parse(raw) as typeof envelope;
  } catch {
    return [];
  }
  const parts = [...(isPlainRecord(envelope.accounts) ? Object.values(envelope.accounts) : []), ...(Array.isArray(envelope.events) ? envelope.events : [])];
  return parts.filter(isPacked);
}

/** A packed part's JSON text, with the browser's own (native, async) codec. Throws on damage. */
export async function inflateText(part: Packed): Promise<string> {
  if (checksum(part.deflated) !== part.check) throw new Error('checksum mismatch');
  return new Response(new Blob([fromBase64(part.deflated)]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).text();
}
