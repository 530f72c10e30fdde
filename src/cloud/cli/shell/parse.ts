import type { CommandList, ParseResult, Part, Pipeline, Redirect, SimpleCommand, Word } from './syntax';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
const SPECIAL_PARAMS = '?$#0';

class Incomplete extends Error {}
class Unexpected extends Error {
  constructor(readonly token: string) { super(token); }
}

/** The end of a `$(...)` starting after `$(`: the index of its closing parenthesis (quotes and nesting respected). */
function closingParen(text: string, start: number): number {
  let depth = 1;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'") { i = text.indexOf("'", i + 1); if (i < 0) break; }
    else if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Incomplete();
}

/** A `$...` expansion at text[i] (the `$`): the part and the index after it, or undefined for a plain `$`. */
function dollar(text: string, i: number, quoted: boolean): { part: Part; next: number } | undefined {
  const rest = text.slice(i + 1);
  if (rest.startsWith('(')) {
    const end = closingParen(text, i + 2);
    return { part: { kind: 'subst', source: text.slice(i + 2, end), quoted }, next: end + 1 };
  }
  if (rest.startsWith('{')) {
    const end = text.indexOf('}', i + 2);
    if (end < 0) throw new Incomplete();
    return { part: { kind: 'param', name: text.slice(i + 2, end), quoted }, next: end + 1 };
  }
  const name = NAME.exec(rest)?.[0] ?? (rest[0] && SPECIAL_PARAMS.includes(rest[0]) ? rest[0] : undefined);
  return name ? { part: { kind: 'param', name, quoted }, next: i + 1 + name.length } : undefined;
}

class Lexer {
  i = 0;
  constructor(readonly text: string) {}

  skipBlanks() {
    while (this.text[this.i] === ' ' || this.text[this.i] === '\t') this.i++;
    if (this.text[this.i] === '#') this.i = this.text.length; // a comment runs to the end of the line
  }

  /** An operator at the cursor, consumed, or undefined. */
  operator(): string | undefined {
    for (const op of ['&&', '||', '2>&1', '>>', '2>>', '2>', ';', '|', '>', '&', '<', '(', ')']) {
      if (this.text.startsWith(op, this.i)) {
        // "2>" is only a redirection at the start of a word.
        this.i += op.length;
        return op;
      }
    }
    return undefined;
  }

  word(): Word {
    const parts: Word = [];
    const text = (value: string, quoted: boolean) => {
      const last = parts[parts.length - 1];
      if (last?.kind === 'text' && last.quoted === quoted) last.value += value;
      else parts.push({ kind: 'text', value, quoted });
    };
    const s = this.text;
    if (s[this.i] === '~' && (this.i + 1 === s.length || /[\s/;|&]/.test(s[this.i + 1] ?? ''))) {
      parts.push({ kind: 'tilde' });
      this.i++;
    }
    while (this.i < s.length) {
      const c = s[this.i] as string;
      if (/[\s;|&<>()]/.test(c)) break;
      if (c === '\\') {
        if (this.i + 1 >= s.length) throw new Incomplete();
        text(s[this.i + 1] as string, true);
        this.i += 2;
      } else if (c === "'") {
        const end = s.indexOf("'", this.i + 1);
        if (end < 0) throw new Incomplete();
        text(s.slice(this.i + 1, end), true);
        this.i = end + 1;
      } else if (c === '"') {
        this.i++;
        this.doubleQuoted(parts, text);
      } else if (c === '$' && dollar(s, this.i, false)) {
        const found = dollar(s, this.i, false)!;
        parts.push(found.part);
        this.i = found.next;
      } else if (c === '`') {
        const end = s.indexOf('`', this.i + 1);
        if (end < 0) throw new Incomplete();
        parts.push({ kind: 'subst', source: s.slice(this.i + 1, end), quoted: false });
        this.i = end + 1;
      } else {
        text(c, false);
        this.i++;
      }
    }
    return parts;
  }

  doubleQuoted(parts: Word, text: (value: string, quoted: boolean) => void) {
    const s = this.text;
    text('', true); // "" is an empty word, not no word
    while (this.i < s.length && s[this.i] !== '"') {
      const c = s[this.i] as string;
      if (c === '\\' && '"\\$`\n'.includes(s[this.i + 1] ?? '')) {
        text(s[this.i + 1] as string, true);
        this.i += 2;
      } else if (c === '$' && dollar(s, this.i, true)) {
        const found = dollar(s, this.i, true)!;
        parts.push(found.part);
        this.i = found.next;
      } else {
        text(c, true);
        this.i++;
      }
    }
    if (this.i >= s.length) throw new Incomplete();
    this.i++;
  }
}

function simpleCommand(lexer: Lexer): SimpleCommand {
  const command: SimpleCommand = { words: [], redirects: [] };
  for (;;) {
    lexer.skipBlanks();
    if (lexer.i >= lexer.text.length) return command;
    const start = lexer.i;
    const op = lexer.operator();
    if (op === undefined) {
      command.words.push(lexer.word());
      continue;
    }
    if (op === '2>&1') { command.redirects.push({ fd: 2, toStdout: true }); continue; }
    if (op === '>' || op === '>>' || op === '2>' || op === '2>>') {
      lexer.skipBlanks();
      const next = lexer.text[lexer.i];
      if (next === undefined) throw new Unexpected('newline');
      if (/[;|&<>()]/.test(next)) throw new Unexpected(next);
      const redirect: Redirect = { fd: op.startsWith('2') ? 2 : 1, append: op.endsWith('>>'), target: lexer.word() };
      command.redirects.push(redirect);
      continue;
    }
    lexer.i = start;
    return command;
  }
}

/** Parses one command line (bash syntax, the subset a learner needs). */
export function parseLine(text: string): ParseResult {
  const lexer = new Lexer(text);
  const list: CommandList = [];
  try {
    for (;;) {
      const pipeline: Pipeline = [];
      for (;;) {
        const command = simpleCommand(lexer);
        const op = lexer.operator();
        if (command.words.length === 0 && command.redirects.length === 0) {
          if (op === undefined && pipeline.length === 0 && list.length === 0) return { ok: true, list };
          if (op === undefined && pipeline.length === 0) return { ok: true, list };
          if (op === undefined) throw new Incomplete(); // "a |" waits for more
          throw new Unexpected(op);
        }
        pipeline.push(command);
        if (op === '|') continue;
        if (op === undefined || op === ';' || op === '&&' || op === '||') {
          list.push({ pipeline, op: op === undefined ? ';' : op });
          if (op === '&&' || op === '||') {
            lexer.skipBlanks();
            if (lexer.i >= text.length) throw new Incomplete();
          }
          if (op === undefined) return { ok: true, list };
          break;
        }
        throw new Unexpected(op);
      }
    }
  } catch (e) {
    if (e instanceof Incomplete) return { ok: false, incomplete: true };
    if (e instanceof Unexpected) return { ok: false, incomplete: false, token: e.token };
    throw e;
  }
}
