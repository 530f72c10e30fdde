import { isTextType } from '../object-format';

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Whether Upload stored this body base64-encoded: a binary content type and a base64 body. */
export function isStoredAsBase64(body: string, contentType: string): boolean {
  return !isTextType(contentType) && body.length % 4 === 0 && base64.test(body);
}

/** The object's bytes for Download: base64 decoded again, text as is. */
export function contentBlob(body: string, contentType: string): Blob {
  if (!isStoredAsBase64(body, contentType)) return new Blob([body], { type: contentType });
  const binary = atob(body);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Blob([bytes], { type: contentType });
}

/** A browser download of the object, named like its key's last segment. */
export function downloadObject(key: string, body: string, contentType: string) {
  const url = URL.createObjectURL(contentBlob(body, contentType));
  const a = Object.assign(document.createElement('a'), { href: url, download: key.slice(key.lastIndexOf('/') + 1) || 'download' });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
