import type { AssumedRoleCaller } from '../../core/caller';
import { stableHex } from '../../core/ids';

// STS keeps no table of the sessions it issued: like AWS, the session token itself carries the session
// (account, role, session name, times, session policy), sealed so that an edited token is refused.
const PREFIX = 'IQoJb3JpZ2luX2VjE';

type Claims = {
  k: string; // the access key id the token belongs to
  h: string; // a digest of the secret access key
  a: string; r: string; n: string; i: number; e: number;
  p?: string; // session policy
  s?: string; // source identity
};

const secretDigest = (secret: string) => stableHex(`secret:${secret}`, 16);
const seal = (body: string) => stableHex(`seal:${body}`, 16);

function toBase64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): string | undefined {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(text), (c) => c.charCodeAt(0)));
  } catch {
    return undefined;
  }
}

/** The session token of a role session's credentials. */
export function encodeSessionToken(accessKeyId: string, secretAccessKey: string, session: AssumedRoleCaller): string {
  const claims: Claims = {
    k: accessKeyId, h: secretDigest(secretAccessKey), a: session.accountId, r: session.roleName, n: session.sessionName,
    i: session.issuedAt, e: session.expiresAt,
    ...(session.sessionPolicy !== undefined && { p: session.sessionPolicy }),
    ...(session.sourceIdentity !== undefined && { s: session.sourceIdentity }),
  };
  const body = JSON.stringify(claims);
  return PREFIX + toBase64(`${seal(body)}${body}`);
}

export type DecodedSessionToken = { accessKeyId: string; secretDigest: string; session: AssumedRoleCaller };

/** The session a token carries, or undefined when it is malformed or was edited. */
export function decodeSessionToken(token: string): DecodedSessionToken | undefined {
  if (!token.startsWith(PREFIX)) return undefined;
  const text = fromBase64(token.slice(PREFIX.length));
  if (text === undefined || text.length < 17) return undefined;
  const body = text.slice(16);
  if (seal(body) !== text.slice(0, 16)) return undefined;
  let c: Claims;
  try {
    c = JSON.parse(body) as Claims;
  } catch {
    return undefined;
  }
  return {
    accessKeyId: c.k,
    secretDigest: c.h,
    session: {
      type: 'assumed-role', accountId: c.a, roleName: c.r, sessionName: c.n, issuedAt: c.i, expiresAt: c.e,
      ...(c.p !== undefined && { sessionPolicy: c.p }),
      ...(c.s !== undefined && { sourceIdentity: c.s }),
    },
  };
}

/** True when `secret` is the secret access key the token was issued with. */
export function secretMatches(decoded: DecodedSessionToken, secret: string): boolean {
  return decoded.secretDigest === secretDigest(secret);
}
