/** Which general purpose bucket naming rule a name breaks, in the order the console checks them. */
export type BucketNameProblem =
  | { rule: 'length' | 'uppercase' | 'characters' | 'startEnd' | 'adjacentPeriods' | 'periodHyphen' | 'ipAddress' }
  | { rule: 'prefix' | 'suffix'; value: string };

const reservedPrefixes = ['xn--', 'sthree-', 'amzn-s3-demo-'];
const reservedSuffixes = ['-s3alias', '--ol-s3', '.mrap', '--x-s3', '--table-s3'];

/** The first rule `name` breaks (3-63 characters, lowercase letters, digits, dots, hyphens, ...), or undefined. */
export function bucketNameProblem(name: string): BucketNameProblem | undefined {
  if (name.length < 3 || name.length > 63) return { rule: 'length' };
  if (/[A-Z]/.test(name)) return { rule: 'uppercase' };
  if (!/^[a-z0-9.-]+$/.test(name)) return { rule: 'characters' };
  if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) return { rule: 'startEnd' };
  if (name.includes('..')) return { rule: 'adjacentPeriods' };
  if (name.includes('.-') || name.includes('-.')) return { rule: 'periodHyphen' };
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(name)) return { rule: 'ipAddress' };
  const prefix = reservedPrefixes.find((p) => name.startsWith(p));
  if (prefix) return { rule: 'prefix', value: prefix };
  const suffix = reservedSuffixes.find((s) => name.endsWith(s));
  if (suffix) return { rule: 'suffix', value: suffix };
  return undefined;
}

/** S3's general purpose bucket naming rules. */
export function isValidBucketName(name: string): boolean {
  return bucketNameProblem(name) === undefined;
}
