import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, budget, damaged, extraKey, mutate, mutation, prototypeSnapshot, textDamage } from '../cloud/labs/json-mutations';
import { scenarios } from '../cloud/scenarios/scenarios';
import { EC2_TRUST, S3_READ_POLICY, call, seq } from '../cloud/services/iam/iam-test-kit';
import { parseStored, serialize, type Persisted } from './persistence';
import { defaultSession, type ConsoleSession } from './session';

// A world with history: new entities, an inline policy, a denied call and their events.
function workedWorld() {
  const world = seq(scenarios.default(), [
    ['iam:CreateRole', { RoleName: 'example-for-ec2', AssumeRolePolicyDocument: EC2_TRUST, Tags: [{ Key: 'team', Value: 'web' }] }],
    ['iam:CreatePolicy', { PolicyName: 'read-s3', PolicyDocument: S3_READ_POLICY }],
    ['iam:PutRolePolicy', { RoleName: 'example-for-ec2', PolicyName: 'inline', PolicyDocument: S3_READ_POLICY }],
  ]);
  return call(world, 'iam:DeleteRole', { RoleName: 'no-such-role' }).world;
}

const switched: ConsoleSession = {
  ...defaultSession(),
  identity: { type: 'assumed-role', accountId: '123456789012', roleName: 'admin', sessionName: 'student', issuedAt: 1, expiresAt: 3601 },
  activeRole: { accountId: '123456789012', roleName: 'admin', displayName: 'admin @ 123456789012', color: 'red' },
  roleHistory: [{ accountId: '123456789012', roleName: 'admin', displayName: 'admin @ 123456789012' }],
  language: 'ko',
};

// Every scenario but the benchmark one (thousands of entities: too slow to damage a hundred times).
const states: Persisted[] = [
  ...Object.entries(scenarios).filter(([name]) => name !== 'large').map(([, make]) => ({ world: make(), session: defaultSession() })),
  { world: workedWorld(), session: switched },
];
const stored = fc.constantFrom(...states.map((state) => JSON.parse(serialize(state)) as unknown));

/** Objects in a loaded state are plain: a "__proto__" key in the file must not become a prototype. */
function expectPlain(value: unknown): void {
  const stack = [value];
  for (let v = stack.pop(); v !== undefined; v = stack.pop()) {
    if (typeof v !== 'object' || v === null) continue;
    expect([Object.prototype, Array.prototype]).toContain(Object.getPrototypeOf(v));
    stack.push(...Object.values(v));
  }
}

/** The promise the app relies on: no throw, and either the reason it is unreadable or a state that saves as it loaded. */
function expectClearVerdict(raw: string): void {
  const before = prototypeSnapshot();
  const loaded = parseStored(raw);
  expect(prototypeSnapshot()).toBe(before);
  if (loaded.kind === 'unreadable') {
    expect(loaded.raw).toBe(raw);
    expect(typeof loaded.reason).toBe('string');
    expect(loaded.reason.trim()).not.toBe('');
    return;
  }
  expect(loaded.kind).toBe('loaded');
  if (loaded.kind !== 'loaded') return;
  expectPlain(loaded.state);
  const saved = serialize(loaded.state);
  const reloaded = parseStored(saved);
  expect(reloaded.kind).toBe('loaded');
  expect(reloaded.kind === 'loaded' && serialize(reloaded.state)).toBe(saved);
}

describe('stored state under fuzzing', () => {
  it('loads every scenario world and a worked one exactly as saved', () => {
    for (const state of states) expect(parseStored(serialize(state))).toEqual({ kind: 'loaded', state });
  });

  it('gives a verdict for any text', () => {
    fc.assert(fc.property(anyText, expectClearVerdict), budget());
  });

  it('gives a verdict for any JSON value, alone or in an envelope', () => {
    const envelope = fc.record({ version: fc.oneof(fc.constant(1), fc.jsonValue()), world: fc.jsonValue(), session: fc.jsonValue() }, { requiredKeys: [] });
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), envelope), (value) => expectClearVerdict(JSON.stringify(value))), budget());
  });

  it('gives a verdict for damaged copies of real saved states', () => {
    fc.assert(fc.property(stored, fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(textDamage, { nil: undefined }), (state, mutations, damage) => {
      expectClearVerdict(damaged(mutate(state, mutations), damage));
    }), budget(150));
  });

  it('gives a verdict for saved states with extra keys, "__proto__" and "constructor" among them', () => {
    fc.assert(fc.property(stored, fc.array(extraKey, { minLength: 1, maxLength: 3 }), (state, mutations) => expectClearVerdict(mutate(state, mutations))), budget(50));
  });
});
