import type { Session } from './session';
import type { Word } from './syntax';

/** Runs a command substitution's source and returns its output (wired up by exec.ts). */
export type Substitute = (session: Session, source: string) => string;

export function paramValue(session: Session, name: string, env: Record<string, string>): string {
  if (name === '?') return String(session.host.lastExitCode);
  if (name === '$') return '4242';
  if (name === '#') return '0';
  if (name === '0') return '-bash';
  return env[name] ?? session.host.vars[name] ?? '';
}

/**
 * Expands one word into fields as bash does: parameters and `$(...)` outside double quotes are split on
 * blanks (an empty result makes no field); inside quotes they stay one field; `""` is an empty field.
 */
export function expandWord(session: Session, word: Word, substitute: Substitute, env = session.host.env): string[] {
  const fields: string[] = [];
  let current: string | null = null;
  for (const part of word) {
    if (part.kind === 'tilde') { current = (current ?? '') + session.host.home; continue; }
    if (part.kind === 'text') { current = (current ?? '') + part.value; continue; }
    let value = part.kind === 'param' ? paramValue(session, part.name, env) : substitute(session, part.source);
    if (part.kind === 'subst') value = value.replace(/\n+$/, '');
    if (part.quoted) { current = (current ?? '') + value; continue; }
    value.split(/[ \t\n]+/).forEach((piece, i) => {
      if (i > 0 && current !== null) { fields.push(current); current = null; }
      if (piece !== '') current = (current ?? '') + piece;
    });
  }
  if (current !== null) fields.push(current);
  return fields;
}

/** A word expanded into exactly one string (assignment values, redirection targets): no splitting. */
export function expandJoined(session: Session, word: Word, substitute: Substitute, env = session.host.env): string {
  return expandWord(session, word.map((p) => (p.kind === 'param' || p.kind === 'subst' ? { ...p, quoted: true } : p)), substitute, env).join(' ');
}
