/** S3's general purpose bucket naming rules (3-63 characters, lowercase letters, digits, dots, hyphens, ...). */
export function isValidBucketName(name: string): boolean {
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(name)) return false;
  if (name.includes('..') || name.includes('.-') || name.includes('-.')) return false;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return false; // formatted as an IP address
  const reservedPrefix = ['xn--', 'sthree-', 'amzn-s3-demo-'].some((p) => name.startsWith(p));
  const reservedSuffix = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'].some((s) => name.endsWith(s));
  return !reservedPrefix && !reservedSuffix;
}
