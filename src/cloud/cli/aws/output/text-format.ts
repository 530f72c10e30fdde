// The CLI's --output text (awscli/text.py): tab-separated scalars, nested lists and maps under an
// upper-cased identifier, keys sorted.

type Json = unknown;
const isScalar = (v: Json) => v === null || typeof v !== 'object';
const str = (v: Json): string => (v === null ? 'None' : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));

function allScalarKeys(items: Record<string, Json>[]): string[] {
  const keys = new Set<string>();
  for (const item of items) for (const [k, v] of Object.entries(item)) if (isScalar(v)) keys.add(k);
  return [...keys].sort();
}

function formatDict(item: Record<string, Json>, out: string[], identifier?: string, scalarKeys?: string[]) {
  const scalars: string[] = [];
  const nonScalars: [string, Json][] = [];
  if (scalarKeys === undefined) {
    for (const [k, v] of Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      if (isScalar(v)) scalars.push(str(v));
      else nonScalars.push([k, v]);
    }
  } else {
    for (const k of scalarKeys) scalars.push(Object.hasOwn(item, k) ? str(item[k]) : '');
    for (const k of Object.keys(item).filter((k) => !scalarKeys.includes(k)).sort()) nonScalars.push([k, item[k]]);
  }
  if (scalars.length > 0) out.push(`${[...(identifier !== undefined ? [identifier.toUpperCase()] : []), ...scalars].join('\t')}\n`);
  for (const [k, v] of nonScalars) format(v, out, k);
}

function formatScalarList(items: Json[], out: string[], identifier?: string) {
  if (identifier !== undefined) for (const item of items) out.push(`${identifier.toUpperCase()}\t${str(item)}\n`);
  else out.push(`${items.map(str).join('\t')}\n`);
}

function format(item: Json, out: string[], identifier?: string, scalarKeys?: string[]) {
  if (Array.isArray(item)) {
    if (item.length === 0) return;
    if (item.some((e) => e !== null && typeof e === 'object' && !Array.isArray(e))) {
      const keys = allScalarKeys(item.filter((e): e is Record<string, Json> => e !== null && typeof e === 'object' && !Array.isArray(e)));
      for (const element of item) format(element, out, identifier, keys);
    } else if (item.some(Array.isArray)) {
      const scalars = item.filter(isScalar);
      if (scalars.length > 0) formatScalarList(scalars, out, identifier);
      for (const element of item.filter((e) => !isScalar(e))) format(element, out, identifier);
    } else formatScalarList(item, out, identifier);
  } else if (item !== null && typeof item === 'object') formatDict(item as Record<string, Json>, out, identifier, scalarKeys);
  else out.push(`${str(item)}\n`);
}

export function formatText(value: Json): string {
  const out: string[] = [];
  format(value, out);
  return out.join('');
}
