/**
 * CloudWatch Logs' plain-text filter patterns, the subset learners use: space-separated terms that must
 * all occur (case-sensitive), "quoted phrases", ?term (at least one of the ? terms) and -term (must not
 * occur). JSON and space-delimited patterns ({ $.x = 1 }, [ip, user]) are not supported: they are
 * matched as literal text.
 */
export function compileFilterPattern(pattern: string | undefined): (message: string) => boolean {
  const text = (pattern ?? '').trim();
  if (text === '') return () => true;
  if (text.startsWith('{') || text.startsWith('[')) return (m) => m.includes(text);
  const terms = [...text.matchAll(/([?-]?)(?:"([^"]*)"|(\S+))/g)].map((t) => ({ op: t[1] ?? '', word: t[2] ?? t[3] ?? '' }));
  const required = terms.filter((t) => t.op === '').map((t) => t.word);
  const anyOf = terms.filter((t) => t.op === '?').map((t) => t.word);
  const excluded = terms.filter((t) => t.op === '-').map((t) => t.word);
  return (m) => required.every((w) => m.includes(w))
    && (anyOf.length === 0 || anyOf.some((w) => m.includes(w)))
    && !excluded.some((w) => m.includes(w));
}
