import type { AwsError } from '../../core/aws-error';
import { s3Error } from './bucket-lookup';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function statementProblem(s: unknown, bucket: string): string | undefined {
  if (!isObject(s)) return 'Policies must be valid JSON and the first byte must be \'{\''; // (unconfirmed)
  if (s.Principal === undefined && s.NotPrincipal === undefined) return 'Missing required field Principal';
  const actions = list(s.Action ?? s.NotAction);
  if (actions.length === 0 || actions.some((a) => typeof a !== 'string' || !(a === '*' || /^s3:/i.test(a)))) return 'Policy has invalid action';
  const resources = list(s.Resource ?? s.NotResource);
  const ours = (r: unknown) => typeof r === 'string' && (r === `arn:aws:s3:::${bucket}` || r.startsWith(`arn:aws:s3:::${bucket}/`));
  if (resources.length === 0 || !resources.every(ours)) return 'Policy has invalid resource';
  return undefined;
}

/** S3's MalformedPolicy checks on a bucket policy: JSON, a Principal, S3 actions, resources of this bucket only. */
export function checkBucketPolicy(text: string, bucket: string): AwsError | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    doc = undefined;
  }
  const problem = !isObject(doc) ? 'Policies must be valid JSON and the first byte must be \'{\''
    : list(doc.Statement).length === 0 ? 'Missing required field Statement' // (unconfirmed)
      : list(doc.Statement).map((s) => statementProblem(s, bucket)).find((p) => p !== undefined);
  return problem === undefined ? undefined : s3Error('PutBucketPolicy', 'MalformedPolicy', problem, 400);
}
