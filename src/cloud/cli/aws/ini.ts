/** An INI file as the AWS config files use it: [section] lines and `key = value` pairs. */
export type Ini = Record<string, Record<string, string>>;

export function parseIni(text: string): Ini {
  const ini: Ini = {};
  let section: Record<string, string> | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[\s*(.+?)\s*\]$/.exec(line);
    if (header) {
      section = ini[header[1] as string] ??= {};
      continue;
    }
    const cut = line.indexOf('=');
    if (section && cut > 0) section[line.slice(0, cut).trim()] = line.slice(cut + 1).trim();
  }
  return ini;
}

/** Sets one key of one section, keeping the rest of the text as it was (what `aws configure` does). */
export function setIniValue(text: string, section: string, key: string, value: string): string {
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  const start = lines.findIndex((l) => /^\[\s*(.+?)\s*\]$/.exec(l.trim())?.[1] === section);
  if (start === -1) return `${[...lines, `[${section}]`, `${key} = ${value}`].join('\n')}\n`;
  let end = start + 1;
  while (end < lines.length && !/^\s*\[/.test(lines[end] as string)) end++;
  for (let i = start + 1; i < end; i++) {
    const cut = (lines[i] as string).indexOf('=');
    if (cut > 0 && (lines[i] as string).slice(0, cut).trim() === key) {
      lines[i] = `${key} = ${value}`;
      return `${lines.join('\n')}\n`;
    }
  }
  let at = end;
  while (at > start + 1 && (lines[at - 1] as string).trim() === '') at--;
  lines.splice(at, 0, `${key} = ${value}`);
  return `${lines.join('\n')}\n`;
}
