import type { LogGroup, LogStream } from '../../core/world';
import { logGroupArn, logGroupWildcardArn, logStreamArn } from './logs-arns';
import { utf8Length } from './logs-lookup';

export type LogGroupOutput = {
  logGroupName: string;
  creationTime: number;
  retentionInDays?: number;
  metricFilterCount: number;
  arn: string;
  storedBytes: number;
  logGroupClass: 'STANDARD';
  logGroupArn: string;
};

export type LogStreamOutput = {
  logStreamName: string;
  creationTime: number;
  firstEventTimestamp?: number;
  lastEventTimestamp?: number;
  lastIngestionTime?: number;
  uploadSequenceToken: string;
  arn: string;
  storedBytes: number;
};

const streamBytes = (s: LogStream) => s.events.reduce((n, e) => n + utf8Length(e.message), 0);

export function logGroupOutput(region: string, account: string, g: LogGroup): LogGroupOutput {
  return {
    logGroupName: g.logGroupName,
    creationTime: g.creationTime,
    ...(g.retentionInDays !== undefined && { retentionInDays: g.retentionInDays }),
    metricFilterCount: 0,
    arn: logGroupWildcardArn(region, account, g.logGroupName),
    storedBytes: Object.values(g.streams).reduce((n, s) => n + streamBytes(s), 0),
    logGroupClass: 'STANDARD',
    logGroupArn: logGroupArn(region, account, g.logGroupName),
  };
}

/** The token PutLogEvents would once have required next: grows with every event (deprecated, still returned). */
export function sequenceToken(s: LogStream): string {
  return String(49650000000000000000000000000000000000000000000000000n + BigInt(s.events.length)).padStart(56, '0');
}

export function logStreamOutput(region: string, account: string, group: string, s: LogStream): LogStreamOutput {
  const first = s.events[0];
  const last = s.events.at(-1);
  const lastIngestion = s.events.reduce<number | undefined>((m, e) => (m === undefined || e.ingestionTime > m ? e.ingestionTime : m), undefined);
  return {
    logStreamName: s.logStreamName,
    creationTime: s.creationTime,
    ...(first && { firstEventTimestamp: Math.min(...s.events.map((e) => e.timestamp)) }),
    ...(last && { lastEventTimestamp: Math.max(...s.events.map((e) => e.timestamp)) }),
    ...(lastIngestion !== undefined && { lastIngestionTime: lastIngestion }),
    uploadSequenceToken: sequenceToken(s),
    arn: logStreamArn(region, account, group, s.logStreamName),
    storedBytes: 0, // AWS reports 0 here since 2019 (storedBytes is deprecated on streams)
  };
}
