/** The simulator's upload limit per file: the world lives in the browser's storage. */
export const MAX_UPLOAD_BYTES = 1024 * 1024;

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * A file as an object body: UTF-8 text as is; anything else base64-encoded, since object bodies are
 * strings here (Download decodes it again, see object-content.ts).
 */
export async function fileBody(file: File): Promise<{ body: string; contentType: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  try {
    return { body: new TextDecoder('utf-8', { fatal: true }).decode(bytes), contentType: file.type || 'text/plain' };
  } catch {
    return { body: toBase64(bytes), contentType: file.type || 'application/octet-stream' };
  }
}
