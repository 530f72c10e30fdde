import { stableHex } from '../../core/ids';

/** IMDSv2 session tokens last 1 second to 6 hours (facts §6.4). */
export const MAX_TOKEN_TTL_SECONDS = 21_600;

// Like the real service, IMDS keeps no list of tokens: a token carries its instance and expiry, sealed.
export function issueImdsToken(instanceId: string, expiresAt: number): string {
  const body = `${instanceId}:${expiresAt}`;
  return `AQAEA${btoa(`${body}:${stableHex(`imds:${body}`, 12)}`)}`;
}

/** True when the token was issued to this instance and has not expired. */
export function imdsTokenValid(token: string, instanceId: string, now: number): boolean {
  if (!token.startsWith('AQAEA')) return false;
  let text: string;
  try {
    text = atob(token.slice(5));
  } catch {
    return false;
  }
  const [id, expires, seal] = text.split(':');
  if (id === undefined || expires === undefined || seal !== stableHex(`imds:${id}:${expires}`, 12)) return false;
  return id === instanceId && now < Number(expires);
}
