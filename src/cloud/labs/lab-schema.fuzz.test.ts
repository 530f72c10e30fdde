import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyText, budget, damaged, mutate, mutation, prototypeSnapshot, textDamage } from './json-mutations';
import { LabSchema, MAX_ALL_DEPTH, parseLab } from './lab-schema';

// Every lab file that ships, so a new one is fuzzed without anyone listing it here.
const builtin = Object.entries(import.meta.glob<unknown>('./builtin/*.json', { eager: true, import: 'default' }));
const labFile = fc.constantFrom(...builtin.map(([, file]) => file));

// "steps.2.check.roleName: ...", "(lab): ..." or "JSON: ...": a path a learner can follow, then a message.
const ERROR_LINE = /^(JSON|\(lab\)|[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*): \S/;

/** What the import panel relies on: a valid lab that survives a round trip, or errors it can list. */
function expectClearVerdict(text: string): void {
  const before = prototypeSnapshot();
  const result = parseLab(text);
  expect(prototypeSnapshot()).toBe(before);
  if (result.ok) {
    expect(Object.getPrototypeOf(result.lab)).toBe(Object.prototype);
    expect(parseLab(JSON.stringify(result.lab))).toEqual(result);
    return;
  }
  expect(result.errors.length).toBeGreaterThan(0);
  for (const error of result.errors) {
    expect(error).toMatch(ERROR_LINE);
    expect(error).not.toContain('[object Object]');
  }
}

/** The lab's text with every step's check wrapped in `depth` "all" checks (written as text: JSON.stringify would overflow). */
function withNestedChecks(file: unknown, depth: number): string {
  const lab = structuredClone(file) as { steps: { check: unknown }[] };
  const checks = lab.steps.map((step, i) => {
    const inner = JSON.stringify(step.check);
    step.check = `nested-${i}`;
    return '{"type":"all","checks":['.repeat(depth) + inner + ']}'.repeat(depth);
  });
  return checks.reduce((text, check, i) => text.replace(`"nested-${i}"`, () => check), JSON.stringify(lab));
}

describe('lab files under fuzzing', () => {
  it('accepts every built-in lab, compact or pretty-printed', () => {
    expect(builtin.length).toBeGreaterThan(0);
    for (const [name, file] of builtin) {
      for (const text of [JSON.stringify(file), JSON.stringify(file, null, 2)]) {
        const result = parseLab(text);
        expect(result.ok, name).toBe(true);
        expect(result.ok && result.lab).toEqual(LabSchema.parse(file));
      }
    }
  });

  it('gives a verdict for any text', () => {
    fc.assert(fc.property(anyText, expectClearVerdict), budget());
  });

  it('gives a verdict for any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => expectClearVerdict(JSON.stringify(value))), budget());
  });

  it('gives a verdict for damaged copies of the built-in labs', () => {
    fc.assert(fc.property(labFile, fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.option(textDamage, { nil: undefined }), (file, mutations, damage) => {
      expectClearVerdict(damaged(mutate(file, mutations), damage));
    }), budget(200));
  });

  // Found by the property below: 915 nested "all" checks overflowed the stack inside zod.
  it('refuses "all" checks nested deeper than the limit, with the path, instead of overflowing the stack', () => {
    // A lab with no "all" of its own, so the nesting added is the whole depth.
    const [, file] = builtin.find(([, f]) => !JSON.stringify(f).includes('"all"'))!;
    expect(parseLab(withNestedChecks(file, MAX_ALL_DEPTH)).ok).toBe(true);
    expect(parseLab(withNestedChecks(file, 915))).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([`steps.0.check${'.checks.0'.repeat(MAX_ALL_DEPTH)}.checks: "all" checks may nest at most ${MAX_ALL_DEPTH} deep`]),
    });
  });

  it('gives a verdict for "all" checks nested any depth', () => {
    fc.assert(fc.property(labFile, fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 20, max: 20_000 })), (file, depth) => {
      expectClearVerdict(withNestedChecks(file, depth));
    }), budget(30));
  });
});
