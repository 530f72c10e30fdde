/** Response members that are timestamps: the CLI v2 prints them as ISO 8601 with "+00:00". */
const TIMESTAMPS = new Set(['CreateDate', 'UpdateDate', 'LastUsedDate', 'Expiration', 'LaunchTime', 'LastModified', 'CreationDate', 'AttachTime']);
/** IAM policy documents arrive URL-encoded; botocore decodes them into JSON objects. */
const POLICY_DOCUMENTS = new Set(['AssumeRolePolicyDocument', 'PolicyDocument', 'Document']);

function timestamp(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.\d+)?Z$/.exec(value);
  return m ? `${m[1]}+00:00` : value;
}

/** A response as the CLI holds it before printing (and before --query sees it). */
export function toCliShape(value: unknown, key?: string): unknown {
  if (Array.isArray(value)) return value.map((v) => toCliShape(v));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, toCliShape(v, k)]));
  }
  if (typeof value === 'string' && key !== undefined) {
    if (TIMESTAMPS.has(key)) return timestamp(value);
    if (POLICY_DOCUMENTS.has(key)) {
      try {
        return JSON.parse(value) as unknown;
      } catch {
        return value;
      }
    }
  }
  return value;
}
