// The shape of a parsed command line: words keep their quoting until they are expanded at run time.

export type Part =
  | { kind: 'text'; value: string; quoted: boolean }
  | { kind: 'tilde' }
  | { kind: 'param'; name: string; quoted: boolean }
  | { kind: 'subst'; source: string; quoted: boolean };
export type Word = Part[];

export type Redirect = { fd: 1 | 2; append: boolean; target: Word } | { fd: 2; toStdout: true };
export type SimpleCommand = { words: Word[]; redirects: Redirect[] };
export type Pipeline = SimpleCommand[];
/** Pipelines joined by `;`, `&&` or `||`; `op` says how the next one runs. */
export type CommandList = { pipeline: Pipeline; op: ';' | '&&' | '||' }[];

export type ParseResult =
  | { ok: true; list: CommandList }
  | { ok: false; incomplete: true }
  | { ok: false; incomplete: false; token: string };
