// The S3 console's URLs (features cannot import src/app/paths.ts). Keys and prefixes travel in ?prefix=.
const enc = encodeURIComponent;
const withPrefix = (path: string, prefix: string) => (prefix ? `${path}?prefix=${enc(prefix)}` : path);

export const s3Paths = {
  buckets: '/s3/buckets',
  createBucket: '/s3/bucket/create',
  bucket: (bucket: string, prefix = '') => withPrefix(`/s3/buckets/${enc(bucket)}`, prefix),
  bucketTab: (bucket: string, tab: 'objects' | 'properties' | 'permissions') => `/s3/buckets/${enc(bucket)}?tab=${tab}`,
  emptyBucket: (bucket: string) => `/s3/bucket/${enc(bucket)}/empty`,
  deleteBucket: (bucket: string) => `/s3/bucket/${enc(bucket)}/delete`,
  editPolicy: (bucket: string) => `/s3/bucket/${enc(bucket)}/property/policy/edit`,
  createFolder: (bucket: string, prefix: string) => withPrefix(`/s3/bucket/${enc(bucket)}/create-folder`, prefix),
  createTextObject: (bucket: string, prefix: string) => withPrefix(`/s3/bucket/${enc(bucket)}/create-text-object`, prefix),
  upload: (bucket: string, prefix: string) => withPrefix(`/s3/upload/${enc(bucket)}`, prefix),
  object: (bucket: string, key: string) => `/s3/object/${enc(bucket)}?prefix=${enc(key)}`,
};

/** The folder a key or folder prefix sits in: 'a/b/c.txt' -> 'a/b/', 'a/b/' -> 'a/'. */
export function parentPrefix(key: string): string {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  const cut = trimmed.lastIndexOf('/');
  return cut === -1 ? '' : trimmed.slice(0, cut + 1);
}

/** The last segment of a key as the console names it: 'a/b/c.txt' -> 'c.txt', 'a/b/' -> 'b/'. */
export function displayName(key: string): string {
  return key.slice(parentPrefix(key).length);
}
