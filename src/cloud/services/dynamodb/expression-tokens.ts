import { invalid } from './dynamodb-error';

// The lexical side of DynamoDB's expression language: attribute names, #name and :value placeholders,
// list indexes, comparators and punctuation. Keywords (AND, SET, ...) are names the parsers recognise.

export type Token = {
  kind: 'name' | 'attr-name' | 'attr-value' | 'number' | 'op' | 'punct' | 'end';
  text: string;
  at: number;
  end: number;
};

const TOKEN = /\s*(?:(#[A-Za-z0-9_]+)|(:[A-Za-z0-9_]+)|([A-Za-z_][A-Za-z0-9_]*)|(\d+)|(<>|<=|>=|[=<>+-])|([(),.[\]]))/y;
const KINDS: Token['kind'][] = ['attr-name', 'attr-value', 'name', 'number', 'op', 'punct'];

/** "Invalid <label>: Syntax error; token: "x", near: "a x b"": near runs from the token before to the token after [obs]. */
export function syntaxError(label: string, text: string, tokens: Token[], index: number): Error {
  const token = tokens[index]!;
  const from = tokens[index - 1]?.at ?? token.at;
  const to = tokens[index + 1]?.end ?? token.end;
  const shown = token.kind === 'end' ? '<EOF>' : token.text;
  return invalid(`Invalid ${label}: Syntax error; token: "${shown}", near: "${text.slice(from, to)}"`);
}

/** The tokens of an expression, ending with an 'end' token. */
export function tokenize(label: string, text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (/\S/.test(text.slice(at))) {
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(text);
    if (!m) {
      const start = at + (/^\s*/.exec(text.slice(at))?.[0].length ?? 0);
      tokens.push({ kind: 'punct', text: text.charAt(start), at: start, end: start + 1 });
      throw syntaxError(label, text, tokens, tokens.length - 1);
    }
    const group = m.slice(1).findIndex((g) => g !== undefined);
    const value = m[group + 1]!;
    const end = TOKEN.lastIndex;
    tokens.push({ kind: KINDS[group]!, text: value, at: end - value.length, end });
    at = end;
  }
  tokens.push({ kind: 'end', text: '', at: text.length, end: text.length });
  return tokens;
}

/** Whether the token is the keyword (keywords are not case-sensitive). */
export const isKeyword = (token: Token | undefined, word: string) => token?.kind === 'name' && token.text.toUpperCase() === word;
