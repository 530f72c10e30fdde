/** Sizes as the S3 console writes them: "20.0 B", "1.5 KB", "2.0 MB" (powers of 1,024). */
export function formatSize(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${units[unit]}`;
}

/** The Type column: the key's extension ('-' without one). */
export function objectType(key: string): string {
  const name = key.slice(key.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1) : '-';
}

/** Content types shown as text by Open (the rest is binary, stored base64-encoded by Upload). */
export function isTextType(contentType: string): boolean {
  return /^text\/|[/+](json|xml|javascript|csv|yaml|x-sh)$|^application\/(json|xml|javascript|x-yaml|yaml|sql)/.test(contentType);
}

/** Object URL: virtual-hosted style, the key's segments URL-encoded as the console shows them. */
export function objectUrl(bucket: string, region: string, key: string): string {
  return `https://${bucket}.s3.${region}.amazonaws.com/${key.split('/').map(encodeURIComponent).join('/')}`;
}
