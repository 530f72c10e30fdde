import { awsError, type AwsError } from '../../core/aws-error';
import type { Caller } from '../../core/caller';
import type { World } from '../../core/world';
import { decodeSessionToken, secretMatches } from './session-token';

/** What a signed request carries: an access key, its secret, and for temporary credentials a session token. */
export type SigningCredentials = { accessKeyId: string; secretAccessKey: string; sessionToken?: string };

/** Why AWS refuses credentials before it looks at any policy. */
export type CredentialProblem = 'unknown-key' | 'bad-signature' | 'bad-token';

export type CredentialsCaller = { ok: true; caller: Caller } | { ok: false; problem: CredentialProblem };

/**
 * The caller that a set of credentials signs as, as AWS authenticates a request: an active AKIA key of
 * an IAM user (iam:CreateAccessKey) is that user; an ASIA key with its session token (sts:AssumeRole,
 * an instance's role through IMDS) is the role session the token carries. An expired session still
 * resolves: dispatch answers ExpiredToken.
 */
export function callerForCredentials(world: World, creds: SigningCredentials): CredentialsCaller {
  if (creds.accessKeyId.startsWith('ASIA')) {
    const decoded = creds.sessionToken ? decodeSessionToken(creds.sessionToken) : undefined;
    if (!decoded || decoded.accessKeyId !== creds.accessKeyId) return { ok: false, problem: 'bad-token' };
    if (!secretMatches(decoded, creds.secretAccessKey)) return { ok: false, problem: 'bad-signature' };
    return { ok: true, caller: decoded.session };
  }
  for (const account of Object.values(world.accounts)) {
    for (const user of Object.values(account.iam.users)) {
      const key = (user.accessKeys ?? []).find((k) => k.accessKeyId === creds.accessKeyId);
      if (!key) continue;
      // An inactive key is refused as if it did not exist; a long-term key sent with a session token is a bad token.
      if (key.status !== 'Active') return { ok: false, problem: 'unknown-key' };
      if (creds.sessionToken) return { ok: false, problem: 'bad-token' };
      if (key.secretAccessKey !== creds.secretAccessKey) return { ok: false, problem: 'bad-signature' };
      return { ok: true, caller: { type: 'user', accountId: account.id, userName: user.userName } };
    }
  }
  return { ok: false, problem: 'unknown-key' };
}

const SIGNATURE = 'The request signature we calculated does not match the signature you provided.';
const INVALID_TOKEN = 'The security token included in the request is invalid.';

/** The error each service returns for refused credentials (S3 and EC2 word them their own way). */
export function credentialError(problem: CredentialProblem, service: string, operation: string): AwsError {
  const fail = (code: string, message: string, status: number) => awsError(service, operation, code, message, status);
  if (service === 'ec2') return fail('AuthFailure', 'AWS was not able to validate the provided access credentials', 401);
  if (service === 's3') {
    if (problem === 'unknown-key') return fail('InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', 403);
    if (problem === 'bad-token') return fail('InvalidToken', 'The provided token is malformed or otherwise invalid.', 400);
    return fail('SignatureDoesNotMatch', `${SIGNATURE} Check your key and signing method.`, 403);
  }
  if (problem === 'bad-signature') {
    return fail('SignatureDoesNotMatch', `${SIGNATURE} Check your AWS Secret Access Key and signing method. Consult the service documentation for details.`, 403);
  }
  return fail('InvalidClientTokenId', INVALID_TOKEN, 403);
}
