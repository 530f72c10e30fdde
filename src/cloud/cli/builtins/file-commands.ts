import { isDir, isFile, listDir, makeDirs, resolvePath, writeFile } from '../shell/fs';
import { fail, ok, type CommandFn } from '../shell/session';

const splitFlags = (args: string[]) => ({
  flags: args.filter((a) => /^-[a-zA-Z]+$/.test(a)).join('').replaceAll('-', ''),
  operands: args.filter((a) => !/^-[a-zA-Z]+$/.test(a)),
});

export const pwd: CommandFn = (s) => ok(`${s.host.cwd}\n`);

export const cd: CommandFn = (s, args) => {
  const target = args[1] ?? '~';
  const path = resolvePath(s.host, target === '-' ? (s.host.env.OLDPWD ?? s.host.cwd) : target);
  if (isFile(s.host, path)) return fail(`bash: cd: ${target}: Not a directory\n`);
  if (!isDir(s.host, path)) return fail(`bash: cd: ${target}: No such file or directory\n`);
  s.host.env.OLDPWD = s.host.cwd;
  s.host.cwd = path;
  s.host.env.PWD = path;
  return ok();
};

export const ls: CommandFn = (s, args) => {
  const { flags, operands } = splitFlags(args.slice(1));
  const all = flags.includes('a');
  const long = flags.includes('l');
  const targets = operands.length > 0 ? operands : ['.'];
  let out = '';
  let err = '';
  for (const target of targets) {
    const path = resolvePath(s.host, target);
    if (isFile(s.host, path)) { out += `${target}\n`; continue; }
    if (!isDir(s.host, path)) { err += `ls: cannot access '${target}': No such file or directory\n`; continue; }
    const entries = [...(all ? [{ name: '.', dir: true }, { name: '..', dir: true }] : []), ...listDir(s.host, path)]
      .filter((e) => all || !e.name.startsWith('.'));
    if (targets.length > 1) out += `${target}:\n`;
    if (long) {
      const who = `${s.host.user} ${s.host.user}`;
      out += `total ${entries.length * 4}\n` + entries.map((e) => {
        const size = e.dir ? 4096 : new TextEncoder().encode(s.host.files[`${path === '/' ? '' : path}/${e.name}`] ?? '').length;
        return `${e.dir ? 'drwxr-xr-x' : '-rw-r--r--'} ${e.dir ? 2 : 1} ${who} ${String(size).padStart(5)} ${e.name}\n`;
      }).join('');
    } else if (entries.length > 0) out += `${entries.map((e) => e.name).join('  ')}\n`;
  }
  return { out, err, code: err ? 2 : 0 };
};

export const cat: CommandFn = (s, args, io) => {
  const operands = args.slice(1).filter((a) => a !== '-');
  if (operands.length === 0) return ok(io.stdin);
  let out = '';
  let err = '';
  for (const name of operands) {
    const path = resolvePath(s.host, name);
    if (isFile(s.host, path)) out += s.host.files[path];
    else err += `cat: ${name}: ${isDir(s.host, path) ? 'Is a directory' : 'No such file or directory'}\n`;
  }
  return { out, err, code: err ? 1 : 0 };
};

export const mkdir: CommandFn = (s, args) => {
  const { flags, operands } = splitFlags(args.slice(1));
  let err = '';
  for (const name of operands) {
    const path = resolvePath(s.host, name);
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (isDir(s.host, path) || isFile(s.host, path)) {
      if (!flags.includes('p')) err += `mkdir: cannot create directory '${name}': File exists\n`;
    } else if (!flags.includes('p') && !isDir(s.host, parent)) err += `mkdir: cannot create directory '${name}': No such file or directory\n`;
    else makeDirs(s.host, path);
  }
  return { out: '', err, code: err ? 1 : 0 };
};

export const touch: CommandFn = (s, args) => {
  let err = '';
  for (const name of args.slice(1)) {
    const path = resolvePath(s.host, name);
    if (!isFile(s.host, path) && !isDir(s.host, path) && !writeFile(s.host, path, '')) {
      err += `touch: cannot touch '${name}': No such file or directory\n`;
    }
  }
  return { out: '', err, code: err ? 1 : 0 };
};

export const rm: CommandFn = (s, args) => {
  const { flags, operands } = splitFlags(args.slice(1));
  let err = '';
  for (const name of operands) {
    const path = resolvePath(s.host, name);
    if (isFile(s.host, path)) { delete s.host.files[path]; continue; }
    if (isDir(s.host, path) && flags.includes('r')) {
      for (const f of Object.keys(s.host.files)) if (f.startsWith(`${path}/`)) delete s.host.files[f];
      s.host.dirs = s.host.dirs.filter((d) => d !== path && !d.startsWith(`${path}/`));
      continue;
    }
    if (!flags.includes('f')) {
      err += isDir(s.host, path) ? `rm: cannot remove '${name}': Is a directory\n` : `rm: cannot remove '${name}': No such file or directory\n`;
    }
  }
  return { out: '', err, code: err ? 1 : 0 };
};

