import { stableHex } from '../../core/ids';

/** A version-4-shaped UUID derived from text: Lambda request ids, revision ids, policy suffixes. */
export function uuidFrom(text: string): string {
  const h = stableHex(text, 32);
  const variant = '89ab'[Number.parseInt(h[16]!, 16) % 4]!;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Invoke's LogResult as text (base64 of UTF-8 bytes; a character cut at the 4 KB edge shows as U+FFFD). */
export function decodeLogResult(logResult: string): string {
  return new TextDecoder().decode(Uint8Array.from(atob(logResult), (c) => c.charCodeAt(0)));
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** A base64 SHA-256-looking digest (44 characters) derived from text; the simulator has no real package to hash. */
export function codeSha256(text: string): string {
  const hex = stableHex(`sha256:${text}`, 64);
  return bytesToBase64(Uint8Array.from({ length: 32 }, (_, i) => Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)));
}
