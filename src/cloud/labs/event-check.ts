import type { World } from '../core/world';
import type { Check } from './lab-schema';
import { observe, type LabContext } from './lab-observer';

type TrailRecord = {
  eventSource?: string; eventName?: string; errorCode?: string;
  userIdentity?: { type?: string; arn?: string };
  iamConsoleLab?: { source?: string; decision?: string; resource?: string };
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
    && (!check.source || record.iamConsoleLab?.source === check.source)
    && (!check.resourceContains || (record.iamConsoleLab?.resource ?? '').includes(check.resourceContains));
}

/**
 * The earliest matching event since the lab started (and after the event that ticked the previous
 * event step), found through CloudTrail's LookupEvents, every page of it; undefined when none.
 */
export function firstMatchingEvent(world: World, ctx: LabContext, check: Extract<Check, { type: 'event' }>): string | undefined {
  const where = check.accountId ? { ...ctx, accountId: check.accountId } : ctx;
  let token: string | undefined;
  let earliest: string | undefined;
  do {
    const page = observe(world, where, 'cloudtrail:LookupEvents', {
      StartTime: ctx.since, MaxResults: 50, ...(check.eventName && { LookupAttributes: [{ AttributeKey: 'EventName' as const, AttributeValue: check.eventName }] }),
      ...(token && { NextToken: token }),
    });
    if (!page) return earliest;
    for (const e of page.Events) { // newest first: the last match seen is the earliest
      if (ctx.afterEventId && e.EventId <= ctx.afterEventId) continue;
      try {
        if (recordMatches(JSON.parse(e.CloudTrailEvent) as TrailRecord, check)) earliest = e.EventId;
      } catch {
        // A record that does not parse matches nothing.
      }
    }
    token = page.NextToken;
  } while (token);
  return earliest;
}
