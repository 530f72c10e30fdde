import { z } from 'zod';
import { CloudEventSchema, type CloudEvent } from '../cloud/core/events';
import { AccountSchema, WorldSchema, type Account, type World } from '../cloud/core/world';
import { SessionSchema, type ConsoleSession } from './session';
import { accountPart, decodePart, eventChunks, eventsPart, rememberAccountPart, rememberEventsPart } from './stored-parts';

export const QUARANTINE_KEY = 'iam-console-lab:unreadable-state';
/**
 * 2: the world is saved in parts (accounts, runs of events), big ones deflated, with the tabs whose
 * changes it holds. Bump it, with a migration, whenever a saved state of the current version would no
 * longer pass the schema (deflated parts are trusted, not validated again: see stored-parts.ts).
 */
export const STATE_VERSION = 2;

export type Persisted = { world: World; session: ConsoleSession };
/** Per tab, how many of its changes a saved state holds: how tabs tell which of their changes another missed. */
export type Writers = Record<string, number>;

const WorldMetaSchema = WorldSchema.pick({ schemaVersion: true, seed: true, clock: true, revision: true });
const EnvelopeSchema = z.object({
  version: z.literal(STATE_VERSION),
  writers: z.record(z.string(), z.number().int().nonnegative()),
  session: SessionSchema,
  world: WorldMetaSchema,
  accounts: z.record(z.string(), z.unknown()),
  events: z.array(z.unknown()),
});

type Envelope = Record<string, unknown>;
const isObject = (value: unknown): value is Envelope => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Each entry lifts a stored envelope from version N to N + 1. */
const migrations: Record<number, (old: Envelope) => Envelope> = {
  // 1 held the whole world inline: its accounts and events become plain parts, validated as before.
  1: ({ world, session }) => {
    if (!isObject(world)) return { version: 2, session, world };
    const { accounts, events, ...meta } = world;
    return { version: 2, writers: {}, session, world: meta, accounts, events: [events] };
  },
};

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'loaded'; state: Persisted }
  | { kind: 'unreadable'; raw: string; reason: string };

/** LoadResult, with the writers a loaded state records (none for one migrated from version 1). */
export type StoredRead = Exclude<LoadResult, { kind: 'loaded' }> | { kind: 'loaded'; state: Persisted; writers: Writers };

const AccountsSchema = z.record(z.string(), AccountSchema);
const EventsSchema = z.array(CloudEventSchema);

function firstIssue(error: z.ZodError, where: string): string {
  const issue = error.issues[0];
  return issue ? `${where}${issue.path.length ? `.${issue.path.join('.')}` : ''}: ${issue.message}` : 'invalid state';
}

/** Decodes the parts of a current-version envelope into a world; a reason when one is unreadable. */
function assemble(envelope: z.output<typeof EnvelopeSchema>): { world: World } | { reason: string } {
  // Entries, not assignments: an account id "__proto__" must stay a key, never become a prototype.
  const trusted: [string, Account][] = [];
  const plain: [string, unknown][] = [];
  for (const [id, part] of Object.entries(envelope.accounts)) {
    const decoded = decodePart(part);
    if (!decoded.trusted) plain.push([id, decoded.value]);
    else {
      trusted.push([id, decoded.value as Account]);
      rememberAccountPart(decoded.value as Account, part);
    }
  }
  const checkedAccounts = AccountsSchema.safeParse(Object.fromEntries(plain));
  if (!checkedAccounts.success) return { reason: firstIssue(checkedAccounts.error, 'accounts') };
  const trustedById = new Map(trusted);
  // In stored order, so that a loaded state saves as the very text it was loaded from.
  const accounts = Object.fromEntries(Object.keys(envelope.accounts)
    .map((id) => [id, trustedById.get(id) ?? checkedAccounts.data[id]!] as const));
  const events: CloudEvent[] = [];
  for (const part of envelope.events) {
    const { value, trusted } = decodePart(part);
    if (trusted) rememberEventsPart(value as CloudEvent[], part);
    const checked = trusted ? { success: true as const, data: value as CloudEvent[] } : EventsSchema.safeParse(value);
    if (!checked.success) return { reason: firstIssue(checked.error, 'events') };
    events.push(...checked.data);
  }
  return { world: { ...envelope.world, accounts, events } };
}

/** Parses a stored string, with the writers it records: migrates older versions, rejects anything unreadable. */
export function readStored(raw: string | null): StoredRead {
  if (raw === null) return { kind: 'empty' };
  const unreadable = (reason: string): StoredRead => ({ kind: 'unreadable', raw, reason });
  try {
    let envelope: unknown = JSON.parse(raw);
    while (isObject(envelope) && typeof envelope.version === 'number' && Object.hasOwn(migrations, envelope.version)) {
      envelope = migrations[envelope.version]!(envelope);
    }
    const parsed = EnvelopeSchema.safeParse(envelope);
    if (!parsed.success) return unreadable(firstIssue(parsed.error, 'state'));
    const assembled = assemble(parsed.data);
    if ('reason' in assembled) return unreadable(assembled.reason);
    return { kind: 'loaded', state: { world: assembled.world, session: parsed.data.session }, writers: parsed.data.writers };
  } catch (error) {
    return unreadable(error instanceof SyntaxError ? `invalid JSON: ${error.message}` : String((error as Error).message ?? error));
  }
}

/** Parses a stored string: migrates older versions, rejects anything that fails validation. */
export function parseStored(raw: string | null): LoadResult {
  const read = readStored(raw);
  return read.kind === 'loaded' ? { kind: 'loaded', state: read.state } : read;
}

export function serialize(state: Persisted, writers: Writers = {}): string {
  const { accounts, events, ...meta } = state.world;
  return JSON.stringify({
    version: STATE_VERSION,
    writers,
    session: state.session,
    world: meta,
    accounts: Object.fromEntries(Object.entries(accounts).map(([id, account]) => [id, accountPart(account)])),
    events: eventChunks(events).map(eventsPart),
  });
}
