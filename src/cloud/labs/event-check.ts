import type { World } from '../core/world';
import type { Check } from './lab-schema';
import { observe, type LabContext } from './lab-observer';

type TrailRecord = {
  eventSource?: string; eventName?: string; errorCode?: string;
  userIdentity?: { type?: string; arn?: string };
  iamConsoleLab?: { source?: string; decision?: string };
};

function recordMatches(record: TrailRecord, check: Extract<Check, { type: 'event' }>): boolean {
  const arn = record.userIdentity?.arn ?? '';
  const [, roleName, sessionName] = /assumed-role\/([^/]+)\/(.+)$/.exec(arn) ?? [];
  const denied = record.errorCode === 'AccessDenied' || record.errorCode === 'AccessDeniedException' || record.errorCode === 'UnauthorizedOperation'
    || (record.iamConsoleLab?.decision !== undefined && record.iamConsoleLab.decision !== 'Allowed');
  return (!check.eventName || record.eventName === check.eventName)
    && (!check.eventSource || record.eventSource === check.eventSource)
    && (!check.errorCode || record.errorCode === check.errorCode)
    && (!check.decision || (check.decision === 'Denied') === denied)
    && (!check.principalType || record.userIdentity?.type === check.principalType)
    && (!check.roleName || roleName === check.roleName)
    && (!check.sessionName || sessionName === check.sessionName)
    && (!check.sessionNamePrefix || (sessionName ?? '').startsWith(check.sessionNamePrefix))
    && (!check.source || record.iamConsoleLab?.source === check.source);
}

/** An event since the lab started, found through CloudTrail's LookupEvents (every page of it). */
export function eventMatches(world: World, ctx: LabContext, check: Extract<Check, { type: 'event' }>): boolean {
  const where = check.accountId ? { ...ctx, accountId: check.accountId } : ctx;
  let token: string | undefined;
  do {
    const page = observe(world, where, 'cloudtrail:LookupEvents', {
      StartTime: ctx.since, MaxResults: 50, ...(check.eventName && { LookupAttributes: [{ AttributeKey: 'EventName' as const, AttributeValue: check.eventName }] }),
      ...(token && { NextToken: token }),
    });
    if (!page) return false;
    if (page.Events.some((e) => { try { return recordMatches(JSON.parse(e.CloudTrailEvent) as TrailRecord, check); } catch { return false; } })) return true;
    token = page.NextToken;
  } while (token);
  return false;
}
