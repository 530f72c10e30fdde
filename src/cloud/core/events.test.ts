import { describe, it, expect } from 'vitest';
import { createEmptyWorld } from '../scenarios/empty';
import { appendEvent, eventIdOf, MAX_EVENTS, requestText, type NewCloudEvent } from './events';
import { dispatch } from './dispatch';
import { STUDENT } from '../scenarios/empty';
import { scenarios } from '../scenarios/scenarios';
import { formatCliError, awsError, isAwsError } from './aws-error';
import { advanceClock, nowIso } from './clock';

const event = (eventName: string): NewCloudEvent => ({
  time: '2026-01-15T09:00:00Z', source: 'lab', principalArn: 'arn:aws:iam::123456789012:user/student',
  accountId: '123456789012', region: 'us-east-1', service: 'iam', eventName, action: `iam:${eventName}`,
  resource: '*', decision: 'Allowed',
});

describe('appendEvent', () => {
  it('keeps the newest MAX_EVENTS events with unique, increasing ids', () => {
    let world = createEmptyWorld();
    for (let i = 0; i < MAX_EVENTS + 5; i++) world = appendEvent(world, event(`E${i}`));
    expect(world.events).toHaveLength(MAX_EVENTS);
    expect(world.events[0]?.eventName).toBe('E5');
    expect(world.events.at(-1)?.eventName).toBe(`E${MAX_EVENTS + 4}`);
    expect(new Set(world.events.map((e) => e.eventId)).size).toBe(MAX_EVENTS);
    expect(world.events.at(-1)?.eventId).toBe(eventIdOf(MAX_EVENTS + 5));
    expect(eventIdOf(1005)).toBe('00000000-0000-0000-0000-0000000003ed');
  });

  it('keeps 90 days of events, as CloudTrail Event history does', () => {
    let world = appendEvent(createEmptyWorld(), { ...event('Old'), time: '2025-10-01T00:00:00Z' });
    world = appendEvent(world, { ...event('Recent'), time: '2025-12-30T00:00:00Z' });
    expect(world.events.map((e) => e.eventName)).toEqual(['Old', 'Recent']);
    world = appendEvent(world, { ...event('Now'), time: '2026-01-15T09:00:00Z' });
    expect(world.events.map((e) => e.eventName)).toEqual(['Recent', 'Now']);
  });

  it('does not touch the seed (reads must not shift later resource ids)', () => {
    const world = createEmptyWorld();
    expect(appendEvent(world, event('X')).seed).toBe(world.seed);
  });
});

describe('what an event keeps of a request', () => {
  it('the request as JSON with long strings cut, and a denial\'s code and message', () => {
    const body = 'x'.repeat(1000);
    expect(JSON.parse(requestText({ Bucket: 'b', Body: body }))).toEqual({ Bucket: 'b', Body: `${'x'.repeat(256)}… (1000 characters)` });
    const { world } = dispatch(scenarios['no-permissions'](), STUDENT, 's3:ListBuckets', {}, { source: 'console', region: 'ap-northeast-2' });
    expect(world.events.at(-1)).toMatchObject({
      eventName: 'ListBuckets', readOnly: true, requestParameters: '{}', errorCode: 'AccessDenied', decision: 'ImplicitlyDenied',
      errorMessage: expect.stringContaining('is not authorized to perform: s3:ListAllMyBuckets'),
    });
  });
});

describe('AwsError and clock', () => {
  it('formats the classic CLI error line', () => {
    const err = awsError('s3', 'ListBuckets', 'AccessDenied', 'nope', 403);
    expect(formatCliError(err)).toBe('An error occurred (AccessDenied) when calling the ListBuckets operation: nope');
    expect(isAwsError(err)).toBe(true);
    expect(isAwsError(JSON.parse(JSON.stringify(err)))).toBe(true);
    expect(isAwsError({ Buckets: [] })).toBe(false);
  });

  it('advances the simulated clock without mutating the world', () => {
    const world = createEmptyWorld();
    expect(nowIso(world)).toBe('2026-01-15T09:00:00Z');
    const later = advanceClock(world, 90 * 60 * 1000);
    expect(nowIso(later)).toBe('2026-01-15T10:30:00Z');
    expect(nowIso(world)).toBe('2026-01-15T09:00:00Z');
    expect(() => advanceClock(world, -1)).toThrow();
  });
});
