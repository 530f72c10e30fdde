import { z } from 'zod';
import { WorldSchema, type World } from '../cloud/core/world';
import { SessionSchema, type ConsoleSession } from './session';

export const STORAGE_KEY = 'iam-console-lab:state';
export const QUARANTINE_KEY = 'iam-console-lab:unreadable-state';
export const STATE_VERSION = 1;

const EnvelopeSchema = z.object({ version: z.literal(STATE_VERSION), world: WorldSchema, session: SessionSchema });
export type Persisted = { world: World; session: ConsoleSession };

/** Each entry lifts a stored envelope from version N to N + 1. Empty until the schema first changes. */
const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; state: Persisted }
  | { kind: 'unreadable'; raw: string; reason: string };

/** Parses a stored string: migrates older versions, rejects anything that fails validation. */
export function parseStored(raw: string | null): LoadResult {
  if (raw === null) return { kind: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    return { kind: 'unreadable', raw, reason: `invalid JSON: ${(error as Error).message}` };
  }
  let envelope = data as Record<string, unknown>;
  while (envelope && typeof envelope === 'object' && typeof envelope.version === 'number' && migrations[envelope.version]) {
    envelope = migrations[envelope.version]!(envelope);
  }
  const parsed = EnvelopeSchema.safeParse(envelope);
  if (!parsed.success) return { kind: 'unreadable', raw, reason: parsed.error.issues[0]?.message ?? 'invalid state' };
  return { kind: 'loaded', state: { world: parsed.data.world, session: parsed.data.session } };
}

export function serialize(state: Persisted): string {
  return JSON.stringify({ version: STATE_VERSION, world: state.world, session: state.session });
}
