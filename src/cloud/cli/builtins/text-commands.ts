import { isDir, isFile, resolvePath } from '../shell/fs';
import type { CommandFn, CommandOutput, Session } from '../shell/session';

type Source = { name: string; text?: string; error?: string };

/** The files named (or standard input), read as coreutils does, with its error for a missing file. */
function readSources(session: Session, names: string[], stdin: string, tool: string): Source[] {
  if (names.length === 0) return [{ name: '-', text: stdin }];
  return names.map((name) => {
    if (name === '-') return { name, text: stdin };
    const path = resolvePath(session.host, name);
    if (isFile(session.host, path)) return { name, text: session.host.files[path] };
    const why = isDir(session.host, path) ? 'Is a directory' : 'No such file or directory';
    return { name, error: tool === 'tail' ? `tail: cannot open '${name}' for reading: ${why}\n` : `${tool}: ${name}: ${why}\n` };
  });
}

const lines = (text: string) => text.split(/(?<=\n)/).filter((l) => l !== '');

/** head / tail [-n N | -N | -n +N] [FILE...]: with several files, each under "==> NAME <==". */
function headTail(tool: 'head' | 'tail'): CommandFn {
  return (session, args, io) => {
    let count = 10;
    let fromStart = false;
    const names: string[] = [];
    for (let i = 1; i < args.length; i++) {
      const a = args[i] as string;
      const n = /^-n(\+?\d+)$/.exec(a) ?? /^-(\d+)$/.exec(a) ?? (a === '-n' ? /^(\+?\d+)$/.exec(args[++i] ?? '') : null);
      if (n) { count = Number.parseInt(n[1] as string, 10); fromStart = (n[1] as string).startsWith('+'); continue; }
      if (a === '-n') return { out: '', err: `${tool}: option requires an argument -- 'n'\n`, code: 1 };
      if (a === '-f' || a === '-F' || a === '-q') continue; // -f cannot wait here: it prints what is there
      names.push(a);
    }
    let out = '';
    let err = '';
    const sources = readSources(session, names, io.stdin, tool);
    sources.forEach((s, index) => {
      if (s.error !== undefined) { err += s.error; return; }
      const all = lines(s.text ?? '');
      const picked = tool === 'head' ? all.slice(0, count) : fromStart ? all.slice(Math.max(0, count - 1)) : all.slice(Math.max(0, all.length - count));
      if (sources.length > 1) out += `${index > 0 ? '\n' : ''}==> ${s.name} <==\n`;
      out += picked.join('');
    });
    return { out, err, code: err ? 1 : 0 };
  };
}

export const head = headTail('head');
export const tail = headTail('tail');

/** grep [-i] [-v] [-c] [-n] [-E] PATTERN [FILE...]: the pattern as a regular expression (basic and extended alike). */
export const grep: CommandFn = (session, args, io) => {
  const flags = args.slice(1).filter((a) => /^-[ivcnEFw]+$/.test(a)).join('');
  const [pattern, ...names] = args.slice(1).filter((a) => !/^-[ivcnEFw]+$/.test(a));
  if (pattern === undefined) return { out: '', err: 'Usage: grep [OPTION]... PATTERNS [FILE]...\nTry \'grep --help\' for more information.\n', code: 2 };
  let regex: RegExp;
  try {
    regex = new RegExp(flags.includes('F') ? pattern.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : pattern, flags.includes('i') ? 'i' : '');
  } catch {
    return { out: '', err: 'grep: Unmatched ( or \\(\n', code: 2 };
  }
  let out = '';
  let err = '';
  let matched = false;
  const sources = readSources(session, names, io.stdin, 'grep');
  for (const s of sources) {
    if (s.error !== undefined) { err += s.error; continue; }
    const prefix = sources.length > 1 ? `${s.name}:` : '';
    const hits = lines(s.text ?? '').map((l, i) => ({ l: l.endsWith('\n') ? l : `${l}\n`, n: i + 1 }))
      .filter(({ l }) => regex.test(l.slice(0, -1)) !== flags.includes('v'));
    matched ||= hits.length > 0;
    if (flags.includes('c')) out += `${prefix}${hits.length}\n`;
    else out += hits.map(({ l, n }) => `${prefix}${flags.includes('n') ? `${n}:` : ''}${l}`).join('');
  }
  return { out, err, code: err ? 2 : matched ? 0 : 1 };
};

/** base64 [-d] [-w COLS] [FILE]: UTF-8 text in and out, lines wrapped at 76 columns unless -w 0. */
export const base64: CommandFn = (session, args, io): CommandOutput => {
  let decode = false;
  let wrap = 76;
  const names: string[] = [];
  for (let i = 1; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '-d' || a === '--decode') decode = true;
    else if (a === '-w') wrap = Number.parseInt(args[++i] ?? '76', 10) || 0;
    else if (/^-w\d+$/.test(a)) wrap = Number.parseInt(a.slice(2), 10);
    else names.push(a);
  }
  const [source] = readSources(session, names.slice(0, 1), io.stdin, 'base64');
  if (source?.error !== undefined) return { out: '', err: source.error, code: 1 };
  const text = source?.text ?? '';
  if (decode) {
    const clean = text.replace(/\s/g, '');
    try {
      return { out: new TextDecoder().decode(Uint8Array.from(atob(clean), (c) => c.charCodeAt(0))), err: '', code: 0 };
    } catch {
      return { out: '', err: 'base64: invalid input\n', code: 1 };
    }
  }
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  const encoded = btoa(binary);
  const wrapped = wrap > 0 ? (encoded.match(new RegExp(`.{1,${wrap}}`, 'g')) ?? []).join('\n') : encoded;
  return { out: encoded === '' ? '' : `${wrapped}\n`, err: '', code: 0 };
};
