// The CLI's --output table (awscli/formatter.py TableFormatter and awscli/table.py MultiTable), ported.

type Json = unknown;
type Section = { title: string; headers: string[]; rows: string[][]; indent: number; maxWidths: number[] };

const str = (v: Json): string => (v === null ? 'None' : typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));
const isScalar = (v: Json) => v === null || typeof v !== 'object';
const width = (text: string) => [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60\uffe0-\uffe6]/.test(c) ? 2 : 1), 0);
// Python's round(): halves go to the even neighbour.
const pyRound = (x: number) => (Math.abs(x % 1) === 0.5 ? 2 * Math.round(x / 2) : Math.round(x));

class Table {
  sections: Section[] = [];
  current!: Section;
  newSection(title: string, indent = 0) {
    this.current = { title, headers: [], rows: [], indent, maxWidths: [] };
    this.sections.push(this.current);
  }
  private widen(row: string[]) {
    const s = this.current;
    s.maxWidths = s.maxWidths.length === 0 ? row.map(width) : s.maxWidths.map((w, i) => Math.max(w, width(row[i] ?? '')));
  }
  header(headers: string[]) { this.widen(headers); this.current.headers = headers; }
  row(values: Json[]) { const row = values.map(str); this.current.rows.push(row); this.widen(row); }
}

function groupKeys(item: Record<string, Json>): [string[], string[]] {
  const headers = Object.keys(item).filter((k) => isScalar(item[k])).sort();
  const more = Object.keys(item).filter((k) => !isScalar(item[k])).sort();
  return [headers, more];
}

function build(table: Table, title: string | undefined, current: Json, indent = 0): boolean {
  if (current === null || current === undefined || current === '' || (Array.isArray(current) && current.length === 0)
    || (typeof current === 'object' && Object.keys(current).length === 0)) return false;
  if (title !== undefined) table.newSection(title, indent);
  if (Array.isArray(current)) {
    if (current[0] !== null && typeof current[0] === 'object' && !Array.isArray(current[0])) {
      const items = current as Record<string, Json>[];
      const headers = [...new Set(items.flatMap((i) => groupKeys(i)[0]))].sort();
      const more = [...new Set(items.flatMap((i) => groupKeys(i)[1]))].sort();
      table.header(headers);
      items.forEach((element, n) => {
        if (n > 0 && more.length > 0) { table.newSection(title ?? '', indent); table.header(headers); }
        table.row(headers.map((h) => (Object.hasOwn(element, h) ? element[h] : '')));
        for (const key of more) if (Object.hasOwn(element, key)) build(table, key, element[key], indent + 1);
      });
    } else {
      for (const item of current) {
        if (isScalar(item)) table.row([item]);
        else if (Array.isArray(item) && item.every(isScalar)) table.row(item);
        else build(table, undefined, item);
      }
    }
  } else if (typeof current === 'object') {
    const item = current as Record<string, Json>;
    const [headers, more] = groupKeys(item);
    if (headers.length === 1) table.row([headers[0], item[headers[0] as string]]);
    else if (headers.length > 0) { table.header(headers); table.row(headers.map((h) => item[h])); }
    for (const key of more) build(table, key, item[key], indent + 1);
  } else table.row([current]);
  return true;
}

function columnWidths(s: Section, maxWidth?: number): number[] {
  const unscaled = s.maxWidths.map((w) => w + 4);
  if (maxWidth === undefined || unscaled.length === 0) return unscaled;
  const factor = maxWidth / unscaled.reduce((a, b) => a + b, 0);
  const scaled = unscaled.map((w) => pyRound(factor * w));
  let off = scaled.reduce((a, b) => a + b, 0) - maxWidth;
  while (off !== 0) {
    const order = [...scaled.keys()];
    if (off < 0) order.reverse();
    for (const i of order) {
      if (off > 0) { scaled[i] = (scaled[i] as number) - 1; off--; } else { scaled[i] = (scaled[i] as number) + 1; off++; }
      if (off === 0) break;
    }
  }
  return scaled;
}

function totalWidth(s: Section): number {
  const total = s.maxWidths.reduce((a, w) => a + w + 4, 0) + 2 + 2 * s.indent;
  return Math.max(width(s.title) + 2 + 2 * s.indent, total);
}

const center = (text: string, length: number, left = '|', right = '|') => {
  const start = Math.floor(length / 2) - Math.floor(width(text) / 2) - 1;
  const sofar = width(left) + start + width(text);
  return `${left}${' '.repeat(Math.max(0, start))}${text}${' '.repeat(Math.max(0, length - width(right) - sofar))}${right}`;
};
const alignLeft = (text: string, length: number, left: string) => {
  const padding = length - (width(text) + 2 + width(left) + 1) >= 0 ? 2 : 0;
  return `${left}${' '.repeat(padding)}${text}${' '.repeat(Math.max(0, length - width(left) - padding - width(text) - 1))}|`;
};
const lineBreak = (widths: number[]) => `${widths.map((w, i) => (i === 0 ? `+${'-'.repeat(w - 2)}+` : `${'-'.repeat(w - 1)}+`)).join('')}\n`;

function verticalise(sections: Section[]) {
  sections.forEach((s, i) => {
    if (s.rows.length !== 1 || s.headers.length === 0) return;
    const rows = s.headers.map((h, n) => [h, s.rows[0]?.[n] ?? '']);
    sections[i] = { title: s.title, headers: [], rows, indent: s.indent, maxWidths: [0, 1].map((c) => Math.max(...rows.map((r) => width(r[c] as string)))) };
  });
}

export function formatTable(title: string, value: Json, terminalWidth = 80): string {
  const table = new Table();
  if (!build(table, title, value)) return '';
  let max = Math.max(...table.sections.map(totalWidth));
  if (max > terminalWidth) { verticalise(table.sections); max = Math.max(...table.sections.map(totalWidth)); }
  let out = `${'-'.repeat(max)}\n`;
  for (const s of table.sections) {
    const edge = '|'.repeat(s.indent);
    const line = (text: string) => { out += `${edge}${text.replace(/\n$/, '')}${edge}\n`; };
    const w = max - s.indent * 2;
    if (s.title) {
      line(center(s.title, w));
      if (s.headers.length === 0 && s.rows.length === 0) line(`+${'-'.repeat(w - 2)}+`);
    }
    const widths = columnWidths(s, w);
    if (s.headers.length > 0) {
      line(lineBreak(widths));
      line(s.headers.map((h, i) => center(h, widths[i] as number, i === 0 ? '|' : '')).join(''));
    }
    if (s.rows.length > 0 && widths.length > 0) {
      line(lineBreak(widths));
      for (const row of s.rows) line(row.map((e, i) => alignLeft(e, widths[i] as number, i === 0 ? '|' : '')).join(''));
      line(lineBreak(widths));
    }
  }
  return out;
}
