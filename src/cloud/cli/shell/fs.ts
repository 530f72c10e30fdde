import type { Host } from '../host';

/** An absolute, normalised path for what the user typed (~, relative paths, . and ..). */
export function resolvePath(host: Host, path: string): string {
  const full = path === '~' ? host.home : path.startsWith('~/') ? host.home + path.slice(1)
    : path.startsWith('/') ? path : `${host.cwd}/${path}`;
  const parts: string[] = [];
  for (const part of full.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return `/${parts.join('/')}`;
}

export function isFile(host: Host, path: string): boolean {
  return Object.hasOwn(host.files, path);
}

/** Folders exist when listed, when they are above the home folder, or when a file lies under them. */
export function isDir(host: Host, path: string): boolean {
  if (path === '/' || host.home === path || host.home.startsWith(`${path}/`) || host.dirs.includes(path)) return true;
  const prefix = `${path}/`;
  return host.dirs.some((d) => d.startsWith(prefix)) || Object.keys(host.files).some((f) => f.startsWith(prefix));
}

const parentOf = (path: string) => path.slice(0, path.lastIndexOf('/')) || '/';
export const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** The names directly inside a folder, sorted as `ls` sorts them (dot files first is not bash's rule, but close). */
export function listDir(host: Host, path: string): { name: string; dir: boolean }[] {
  const prefix = path === '/' ? '/' : `${path}/`;
  const entries = new Map<string, boolean>();
  const add = (full: string, isDirectory: boolean) => {
    if (!full.startsWith(prefix) || full === path) return;
    const rest = full.slice(prefix.length);
    const cut = rest.indexOf('/');
    if (cut === -1) entries.set(rest, entries.get(rest) ?? isDirectory);
    else entries.set(rest.slice(0, cut), true);
  };
  for (const f of Object.keys(host.files)) add(f, false);
  for (const d of [...host.dirs, host.home]) add(d, true);
  return [...entries].map(([name, dir]) => ({ name, dir }))
    .sort((a, b) => a.name.replace(/^\./, '').localeCompare(b.name.replace(/^\./, ''), 'en'));
}

/** Writes a file; false when its folder does not exist or the path is a folder. */
export function writeFile(host: Host, path: string, text: string, append = false): boolean {
  if (isDir(host, path) || !isDir(host, parentOf(path))) return false;
  host.files[path] = append ? (host.files[path] ?? '') + text : text;
  return true;
}

/** Creates a folder and its parents (mkdir -p). */
export function makeDirs(host: Host, path: string): void {
  if (!isDir(host, path)) host.dirs.push(path);
}
