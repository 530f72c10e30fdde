// Test-only fast-check arbitraries shared by the *.fuzz.test.ts files (labs, stored state, policies):
// damaged copies of a real JSON document, as a learner's editor, a bad download or a hand edit makes them.
import fc from 'fast-check';

type Key = string | number;
type Container = Record<string, unknown> | unknown[];

/** Keys that change objects' behaviour when assigned carelessly. */
export const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'toJSON'] as const;

const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every path of a JSON value, root first (the value is a tree from JSON.parse, so no cycles). */
export function pathsOf(value: unknown): Key[][] {
  const queue: [unknown, Key[]][] = [[value, []]];
  for (let i = 0; i < queue.length; i++) {
    const [v, path] = queue[i]!;
    if (isContainer(v)) for (const [k, child] of Object.entries(v)) queue.push([child, [...path, Array.isArray(v) ? Number(k) : k]]);
  }
  return queue.map(([, path]) => path);
}

function at(root: unknown, path: readonly Key[]): unknown {
  return path.reduce<unknown>((v, k) => (isContainer(v) ? (v as Record<Key, unknown>)[k] : undefined), root);
}

// Own, enumerable properties even for "__proto__" (plain assignment would change the prototype instead).
function put(target: Container, key: Key, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Text that replaces a placeholder string after JSON.stringify (which cannot write very deep values). */
type Splice = { placeholder: string; text: string };

type Edit =
  | { op: 'delete' }
  | { op: 'replace'; value: unknown }
  | { op: 'huge'; length: number; char: string }
  | { op: 'nest'; depth: number; open: '[' | '{"a":' }
  | { op: 'add-key'; key: string; value: unknown }
  | { op: 'duplicate' };
export type Mutation = { pick: number; edit: Edit };

const wrongType = fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, '', ' ', 'null', '0', [], {}, [null], { '': null });
const addKey = fc.record({ op: fc.constant('add-key' as const), key: fc.oneof(fc.constantFrom(...PROTOTYPE_KEYS), fc.string()), value: fc.jsonValue({ maxDepth: 2 }) });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.constant({ op: 'delete' as const }),
  fc.record({ op: fc.constant('replace' as const), value: fc.oneof(wrongType, fc.jsonValue({ maxDepth: 2 })) }),
  fc.record({ op: fc.constant('huge' as const), length: fc.constantFrom(2001, 65_536, 300_000), char: fc.constantFrom('x', '\u0000', '한', '"') }),
  fc.record({
    op: fc.constant('nest' as const),
    depth: fc.oneof(fc.integer({ min: 1, max: 64 }), fc.constantFrom(1_000, 10_000, 200_000)),
    open: fc.constantFrom('[' as const, '{"a":' as const),
  }),
  addKey,
  fc.constant({ op: 'duplicate' as const }),
);
/** One edit at a path chosen by `pick`: delete, wrong type, huge string, deep nesting, extra key, duplicate item. */
export const mutation: fc.Arbitrary<Mutation> = fc.record({ pick: fc.nat(), edit });
/** Only extra keys ("__proto__" among them): documents that often still load, so that path is exercised too. */
export const extraKey: fc.Arbitrary<Mutation> = fc.record({ pick: fc.nat(), edit: addKey });

/** Applies mutations to a copy of `doc`; returns JSON text (deep nesting is spliced into the text). */
export function mutate(doc: unknown, mutations: readonly Mutation[]): string {
  let root: unknown = JSON.parse(JSON.stringify(doc));
  const splices: Splice[] = [];
  for (const { pick, edit: e } of mutations) {
    const paths = pathsOf(root);
    const path = paths[pick % paths.length] ?? [];
    const parent = path.length ? at(root, path.slice(0, -1)) as Container : undefined;
    const key = path[path.length - 1];
    const set = (value: unknown) => { if (parent && key !== undefined) put(parent, key, value); else root = value; };
    const current = at(root, path);
    switch (e.op) {
      case 'delete':
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else if (parent && key !== undefined) delete (parent as Record<Key, unknown>)[key];
        break;
      case 'replace': set(e.value); break;
      case 'huge': set(e.char.repeat(e.length)); break;
      case 'nest': {
        const placeholder = `\u0001splice-${splices.length}\u0001`;
        const close = e.open === '[' ? ']' : '}';
        splices.push({ placeholder: JSON.stringify(placeholder), text: e.open.repeat(e.depth) + JSON.stringify(current ?? null) + close.repeat(e.depth) });
        set(placeholder);
        break;
      }
      case 'add-key': {
        const target = isContainer(current) && !Array.isArray(current) ? current : parent && !Array.isArray(parent) ? parent : undefined;
        if (target) put(target, e.key, e.value);
        break;
      }
      case 'duplicate':
        if (Array.isArray(current) && current.length > 0) current.push(JSON.parse(JSON.stringify(current[pick % current.length])));
        else if (Array.isArray(parent)) parent.push(JSON.parse(JSON.stringify(current ?? null)));
        break;
    }
  }
  let text = JSON.stringify(root) ?? 'null';
  // Latest first: a later splice may have wrapped an earlier placeholder.
  for (const { placeholder, text: replacement } of splices.reverse()) text = text.split(placeholder).join(replacement);
  return text;
}

/** Damage at the text level: truncation, stray characters, a BOM, a trailing comma, a repeated key. */
export type TextDamage =
  | { cut: number }
  | { at: number; insert: string }
  | { bom: true }
  | { trailingComma: true }
  | { repeatFirstKey: true };
export const textDamage: fc.Arbitrary<TextDamage> = fc.oneof(
  fc.record({ cut: fc.nat() }),
  fc.record({ at: fc.nat(), insert: fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom(',', '}', ']', '"', '\\', '/*x*/', '// x\n', '\u2028', '\ud800')) }),
  fc.constant({ bom: true as const }),
  fc.constant({ trailingComma: true as const }),
  fc.constant({ repeatFirstKey: true as const }),
);

/** The text with the damage done (none when undefined, as fc.option gives). */
export function damaged(text: string, damage: TextDamage | undefined): string {
  if (!damage) return text;
  if ('cut' in damage) return text.slice(0, damage.cut % (text.length + 1));
  if ('insert' in damage) {
    const at = damage.at % (text.length + 1);
    return text.slice(0, at) + damage.insert + text.slice(at);
  }
  if ('bom' in damage) return `\ufeff${text}`;
  if ('trailingComma' in damage) return text.replace(/([}\]])$/, ',$1');
  return text.replace(/^\{("(?:[^"\\]|\\.)*"):/, '{$1:null,$1:');
}

/**
 * Any text: printable ASCII, any UTF-16 code units (lone surrogates too) and JSON-ish punctuation.
 * Code units are built by hand: fc.string({ unit: 'binary' }) spends over a second building a shrink table.
 */
export const anyText = fc.oneof(
  fc.string(),
  fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }).map((units) => String.fromCharCode(...units)),
  fc.array(fc.constantFrom(...'{}[]":,0-1e.tfnul\\ \n'), { maxLength: 40 }).map((chars) => chars.join('')),
);

/**
 * fast-check parameters for the unit suite: `numRuns` cases, but no more than about a second of them, so
 * that a slow or busy machine runs fewer cases rather than timing out. A failure still prints its seed and path.
 */
export const budget = (numRuns = 100): { numRuns: number; interruptAfterTimeLimit: number } => ({ numRuns, interruptAfterTimeLimit: 1_000 });

/** Own keys of Object.prototype, to prove a parser polluted nothing. */
export const prototypeSnapshot = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
