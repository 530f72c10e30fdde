import { parseArn } from '../../core/arn';
import type { AssumedRoleCaller } from '../../core/caller';
import { toIso } from '../../core/clock';
import { nextId } from '../../core/ids';
import type { World } from '../../core/world';
import { secretAccessKey } from '../iam/access-keys';

/** Temporary security credentials as STS returns them (ASIA... key ids, facts §6.4). */
export type Credentials = { AccessKeyId: string; SecretAccessKey: string; SessionToken: string; Expiration: string };
export type AssumedRoleUser = { AssumedRoleId: string; Arn: string };

/** New temporary credentials expiring at `expiresAt` (epoch ms); the key id comes from the seed. */
export function issueCredentials(world: World, expiresAt: number): { world: World; credentials: Credentials } {
  const { world: next, id } = nextId(world, 'session-key');
  const token = [0, 1, 2, 3, 4, 5].map((i) => secretAccessKey(`${id}/token`, next.seed + i)).join('');
  return {
    world: next,
    credentials: {
      AccessKeyId: id,
      SecretAccessKey: secretAccessKey(id, next.seed),
      SessionToken: `IQoJb3JpZ2luX2VjE${token}`,
      Expiration: toIso(expiresAt),
    },
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
