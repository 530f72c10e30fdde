import type { TrailEvent } from '../../cloud/services/cloudtrail/lookup-events';

/** The parts of the CloudTrail record the pages show; the record is JSON text, as the API returns it. */
export type TrailRecord = {
  errorCode?: string;
  errorMessage?: string;
  sourceIPAddress?: string;
  readOnly?: boolean;
  iamConsoleLab?: {
    source?: 'console' | 'cli' | 'lab' | 'lambda' | 'cloudformation';
    decision?: 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';
    action?: string;
    decidingStatement?: { policyName: string; sid?: string; statementIndex: number };
  };
};

export function recordOf(event: TrailEvent): TrailRecord {
  try {
    return JSON.parse(event.CloudTrailEvent) as TrailRecord;
  } catch {
    return {};
  }
}

export function originOf(event: TrailEvent): 'console' | 'cli' | 'lab' | 'lambda' | 'cloudformation' {
  return recordOf(event).iamConsoleLab?.source ?? 'console';
}
