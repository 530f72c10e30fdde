import { parseArn } from '../../core/arn';
import type { AssumedRoleCaller } from '../../core/caller';
import { toIso } from '../../core/clock';
import { nextId, stableId } from '../../core/ids';
import type { World } from '../../core/world';
import { secretAccessKey } from '../iam/access-keys';
import { encodeSessionToken } from './session-token';

/** Temporary security credentials as STS returns them (ASIA... key ids, facts §6.4). */
export type Credentials = { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
export type AssumedRoleUser = { AssumedRoleId: string; Arn: string };

/** Temporary credentials for a role session; the key id comes from the seed, the token carries the session. */
export function issueCredentials(world: World, session: AssumedRoleCaller): { world: World; credentials: Credentials } {
  const { world: next, id } = nextId(world, 'session-key');
  const secret = secretAccessKey(id, next.seed);
  return { world: next, credentials: credentialsOf(id, secret, session) };
}

/**
 * The credentials of a session that no API call issued (an instance's role through IMDS): derived from
 * the session alone, so reading them again gives the same keys and leaves the world's seed alone.
 */
export function sessionCredentials(session: AssumedRoleCaller): Credentials {
  const id = stableId('session-key', `${session.accountId}/${session.roleName}/${session.sessionName}/${session.issuedAt}`);
  return credentialsOf(id, secretAccessKey(id, session.issuedAt), session);
}

function credentialsOf(accessKeyId: string, secret: string, session: AssumedRoleCaller): Credentials {
  return {
    AccessKeyId: accessKeyId,
    SecretAccessKey: secret,
    SessionToken: encodeSessionToken(accessKeyId, secret, session),
    Expiration: toIso(session.expiresAt),
  };
}

/**
 * The caller a successful AssumeRole makes: the ROLE's account, the role name (without its path),
 * the session name, issued `durationSeconds` before it expires, with the session policy if one was passed.
 */
export function callerFromAssumeRole(
  output: { Credentials: Credentials; AssumedRoleUser: AssumedRoleUser },
  durationSeconds: number,
  sessionPolicy?: string,
): AssumedRoleCaller {
  const arn = parseArn(output.AssumedRoleUser.Arn);
  const [, roleName = '', ...session] = (arn?.resource ?? '').split('/');
  if (!arn || !roleName || session.length === 0) throw new Error(`callerFromAssumeRole: not a session ARN: ${output.AssumedRoleUser.Arn}`);
  const expiresAt = Date.parse(output.Credentials.Expiration);
  return {
    type: 'assumed-role', accountId: arn.account, roleName, sessionName: session.join('/'),
    issuedAt: expiresAt - durationSeconds * 1000, expiresAt,
    ...(sessionPolicy !== undefined && { sessionPolicy }),
  };
}
