/**
 * Where JSON.parse would fail, found by a small scanner (engine error messages differ and often lack positions),
 * or where the text nests deeper than MAX_JSON_DEPTH (`tooDeep`).
 */
export type JsonSyntaxError = { index: number; line: number; column: number; message: string; tooDeep?: true };

/**
 * Far deeper than any policy (a condition's value list is 6 levels down). The scanner, jsonc-parser and the
 * checks recurse once per level: thousands of "[" would overflow the stack.
 */
export const MAX_JSON_DEPTH = 64;

type Failure = { failedAt: number; message: string; tooDeep?: true };

function scan(text: string): void {
  let i = 0;
  let depth = 0;
  const fail = (message: string): never => {
    throw { failedAt: i, message: i >= text.length ? 'Unexpected end of JSON input' : message } satisfies Failure;
  };
  const skipSpace = () => { while (i < text.length && ' \t\n\r'.includes(text.charAt(i))) i++; };
  const str = () => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') { i++; return; }
      if (c === '\\') {
        i++;
        if (text.charAt(i) === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail('Bad Unicode escape in string');
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text.charAt(i)) || i >= text.length) fail('Bad escaped character in string');
      } else if (c < ' ') fail('Bad control character in string literal');
      i++;
    }
    fail('Unterminated string in JSON');
  };
  const num = () => {
    const re = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) fail(`Unexpected token '${text.charAt(i)}'`);
    i = re.lastIndex;
  };
  const list = (close: string, item: () => void, what: string) => {
    if (++depth > MAX_JSON_DEPTH) {
      throw { failedAt: i, message: `JSON nested deeper than ${MAX_JSON_DEPTH} levels`, tooDeep: true } satisfies Failure;
    }
    i++;
    skipSpace();
    if (text.charAt(i) === close) { i++; depth--; return; }
    for (;;) {
      item();
      skipSpace();
      const c = text.charAt(i);
      if (c === ',') { i++; continue; }
      if (c === close) { i++; depth--; return; }
      fail(`Expected ',' or '${close}' after ${what}`);
    }
  };
  const value = (): void => {
    skipSpace();
    const c = text.charAt(i);
    if (c === '{') return list('}', member, 'property value');
    if (c === '[') return list(']', value, 'array element');
    if (c === '"') return str();
    if (c === '-' || (c >= '0' && c <= '9')) return num();
    const literal = c === 't' ? 'true' : c === 'f' ? 'false' : c === 'n' ? 'null' : undefined;
    if (!literal) fail(`Unexpected token '${c}'`);
    for (const expected of literal ?? '') { // fail on the first wrong character, as V8 does
      if (text.charAt(i) !== expected) fail(`Unexpected token '${text.charAt(i)}'`);
      i++;
    }
  };
  const member = () => {
    skipSpace();
    if (text.charAt(i) !== '"') fail('Expected double-quoted property name');
    str();
    skipSpace();
    if (text.charAt(i) !== ':') fail("Expected ':' after property name");
    i++;
    value();
  };
  value();
  skipSpace();
  if (i < text.length) fail('Unexpected non-whitespace character after JSON');
}

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  try {
    scan(text);
    return undefined;
  } catch (thrown) {
    const { failedAt, message, tooDeep } = thrown as Failure;
    const before = text.slice(0, failedAt);
    const line = before.split('\n').length;
    const column = failedAt - before.lastIndexOf('\n');
    return { index: failedAt, line, column, message, ...(tooDeep && { tooDeep }) };
  }
}

/** Offsets where each line starts, so many findings can be located without rescanning the text. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column of an offset (binary search over lineStarts). */
export function positionAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
