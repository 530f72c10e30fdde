import { LITERAL_QUESTION, LITERAL_STAR } from './wildcard';

/**
 * Policy variables (reference_policies_variables): `${aws:username}`, `${aws:PrincipalTag/team}`,
 * any context key, the specials `${*}`, `${?}`, `${$}`, and defaults `${key, 'default'}`.
 * They apply only in Version 2012-10-17 policies, in Resource and in string/ARN condition values.
 */
type Part = string | { key: string; fallback?: string };
export type Template = readonly Part[];

/** Reads a context key (lower-cased name); undefined when the request lacks it. */
export type KeySource = { lookup(lowerKey: string): readonly string[] | undefined };

const SPECIALS: Record<string, string> = { '*': LITERAL_STAR, '?': LITERAL_QUESTION, $: '$' };
const VARIABLE = /\$\{([^}]*)\}/g;
const WITH_DEFAULT = /^([^,]+),\s*'([^']*)'$/;

/** The template of a string, or undefined when it holds no variable (the common case). */
export function parseTemplate(text: string): Template | undefined {
  if (!text.includes('${')) return undefined;
  const parts: Part[] = [];
  let last = 0;
  for (const m of text.matchAll(VARIABLE)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    const inner = (m[1] as string).trim();
    const special = SPECIALS[inner];
    const withDefault = WITH_DEFAULT.exec(inner);
    if (special !== undefined) parts.push(special);
    else if (withDefault) parts.push({ key: (withDefault[1] as string).trim().toLowerCase(), fallback: withDefault[2] });
    else parts.push({ key: inner.toLowerCase() });
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/**
 * The text with its variables replaced, or undefined when a variable has no value (and no
 * default): the statement then does not match. `asPattern` keeps `*` and `?` from values literal.
 */
export function resolveTemplate(template: Template, source: KeySource, asPattern: boolean): string | undefined {
  let out = '';
  for (const part of template) {
    if (typeof part === 'string') {
      out += asPattern ? part : part.replaceAll(LITERAL_STAR, '*').replaceAll(LITERAL_QUESTION, '?');
      continue;
    }
    const values = source.lookup(part.key);
    // Only single-valued keys can stand in a variable.
    const value = values !== undefined && values.length === 1 ? values[0] as string : part.fallback;
    if (value === undefined) return undefined;
    out += asPattern ? value.replaceAll('*', LITERAL_STAR).replaceAll('?', LITERAL_QUESTION) : value;
  }
  return out;
}
