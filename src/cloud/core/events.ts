import { z } from 'zod';
import type { World } from './world';
import { uuidShape } from './ids';

/**
 * CloudTrail's Event history keeps 90 days of management events; the simulator keeps the same 90 days
 * of simulated time, and at most this many events (the oldest dropped first) so a saved world stays
 * within the browser's storage (stored compressed: see store/stored-parts.ts).
 */
export const MAX_EVENTS = 10_000;
export const EVENT_RETENTION_MS = 90 * 24 * 60 * 60 * 1000;

// The values of the policy engine's Decision type.
const DecisionSchema = z.enum(['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied']);

export const CloudEventSchema = z.object({
  eventId: z.string(),
  time: z.string(),
  // lambda: calls a function's code and its log delivery make as the execution role;
  // cloudformation: calls a stack makes for its resources (invokedBy cloudformation.amazonaws.com).
  source: z.enum(['console', 'cli', 'lab', 'lambda', 'cloudformation']),
  principalArn: z.string(),
  accountId: z.string(),
  region: z.string(),
  service: z.string(),
  eventName: z.string(),
  action: z.string(),
  resource: z.string(),
  // Absent when the request failed before authorization (validation error, bad or expired token).
  decision: DecisionSchema.optional(),
  decidingStatement: z.object({
    policyName: z.string(),
    policyArn: z.string().optional(),
    statementIndex: z.number().int(),
    sid: z.string().optional(),
  }).optional(),
  errorCode: z.string().optional(),
  errorMessage: z.string().optional(),
  /** The request as JSON, long strings shortened (an uploaded object's body, a policy document). */
  requestParameters: z.string().optional(),
  readOnly: z.boolean().optional(),
  /** AwsConsoleSignIn for sign-in events; absent: AwsApiCall. */
  eventType: z.literal('AwsConsoleSignIn').optional(),
  /** CloudTrail's responseElements and additionalEventData as JSON (sign-in events: {"ConsoleLogin":"Success"}). */
  responseElements: z.string().optional(),
  additionalEventData: z.string().optional(),
});
export type CloudEvent = z.infer<typeof CloudEventSchema>;
export type EventSource = CloudEvent['source'];
export type NewCloudEvent = Omit<CloudEvent, 'eventId'>;

// Event ids come from a sequence carried by the last event, not from the world's seed:
// reads must not shift the ids of resources created later.
function nextEventId(events: readonly CloudEvent[]): string {
  const last = events[events.length - 1];
  return eventIdOf((last ? eventSequence(last.eventId) : 0) + 1);
}

/** The sequence number an event id carries (0 for an id not made by eventIdOf). */
export function eventSequence(eventId: string): number {
  const sequence = Number.parseInt(eventId.replaceAll('-', ''), 16);
  return Number.isFinite(sequence) ? sequence : 0;
}

/** The event id with this sequence number, shaped like CloudTrail's (a UUID). */
export function eventIdOf(sequence: number): string {
  const hex = sequence.toString(16).padStart(32, '0');
  return uuidShape(hex);
}

const LONGEST_STRING = 256;

/** What CloudTrail records in place of a secret (a password) or an unknown user's name. */
export const HIDDEN = 'HIDDEN_DUE_TO_SECURITY_REASONS';

/**
 * The request as an event keeps it: JSON, with strings over 256 characters cut and their length noted,
 * and the `sensitive` top-level members' values replaced by HIDDEN.
 */
export function requestText(input: unknown, sensitive: readonly string[] = []): string {
  return JSON.stringify(input ?? {}, function (this: unknown, key, value: unknown) {
    if (sensitive.includes(key) && this === input && value !== undefined) return HIDDEN;
    return typeof value === 'string' && value.length > LONGEST_STRING ? `${value.slice(0, LONGEST_STRING)}… (${value.length} characters)` : value;
  });
}

export function appendEvent(world: World, event: NewCloudEvent): World {
  const withId: CloudEvent = { eventId: nextEventId(world.events), ...event };
  return { ...world, events: retainEvents([...world.events, withId], Date.parse(withId.time)) };
}

/** The events Event history still holds at `now`: the last 90 days, at most MAX_EVENTS. Oldest first. */
export function retainEvents(events: CloudEvent[], now: number): CloudEvent[] {
  let first = Math.max(0, events.length - MAX_EVENTS);
  while (first < events.length && Date.parse(events[first]!.time) < now - EVENT_RETENTION_MS) first++;
  return first === 0 ? events : events.slice(first);
}
