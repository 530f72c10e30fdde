import { fail, ok, type CommandFn } from '../shell/session';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const echo: CommandFn = (_s, args) => {
  let words = args.slice(1);
  let newline = true;
  let escapes = false;
  while (words[0] && /^-[neE]+$/.test(words[0])) {
    if (words[0].includes('n')) newline = false;
    if (words[0].includes('e')) escapes = true;
    words = words.slice(1);
  }
  let text = words.join(' ');
  if (escapes) text = text.replaceAll('\\n', '\n').replaceAll('\\t', '\t');
  return ok(newline ? `${text}\n` : text);
};

export const env: CommandFn = (_s, _args, io) => ok(Object.entries(io.env).map(([k, v]) => `${k}=${v}\n`).join(''));

export const printenv: CommandFn = (_s, args, io) => {
  if (args.length === 1) return ok(Object.entries(io.env).map(([k, v]) => `${k}=${v}\n`).join(''));
  const values = args.slice(1).map((n) => io.env[n]);
  return { out: values.filter((v) => v !== undefined).map((v) => `${v}\n`).join(''), err: '', code: values.includes(undefined) ? 1 : 0 };
};

export const exportCommand: CommandFn = (s, args) => {
  const host = s.host;
  const operands = args.slice(1).filter((a) => a !== '-n' && a !== '-p');
  if (operands.length === 0) {
    return ok(Object.entries(host.env).sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `declare -x ${k}="${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"\n`).join(''));
  }
  let err = '';
  for (const operand of operands) {
    const cut = operand.indexOf('=');
    const name = cut === -1 ? operand : operand.slice(0, cut);
    if (!NAME.test(name)) { err += `bash: export: \`${operand}': not a valid identifier\n`; continue; }
    const value = cut === -1 ? host.vars[name] ?? host.env[name] ?? '' : operand.slice(cut + 1);
    delete host.vars[name];
    host.env[name] = value;
  }
  return { out: '', err, code: err ? 1 : 0 };
};

export const unset: CommandFn = (s, args) => {
  for (const name of args.slice(1).filter((a) => !a.startsWith('-'))) {
    delete s.host.env[name];
    delete s.host.vars[name];
  }
  return ok();
};

export const whoami: CommandFn = (s) => ok(`${s.host.user}\n`);
export const hostname: CommandFn = (s) => ok(`${s.host.hostname}\n`);
export const trueCommand: CommandFn = () => ok();
export const falseCommand: CommandFn = () => fail('', 1);

export const history: CommandFn = (s) =>
  ok(s.host.history.map((line, i) => `${String(i + 1).padStart(5)}  ${line}\n`).join(''));

export const clear: CommandFn = (s) => {
  s.clear = true;
  return ok();
};

export const help: CommandFn = () => ok(`This terminal runs a small bash with these commands:

  aws        the AWS CLI (aws help, aws <service> help)
  curl       HTTP requests, e.g. instance metadata at http://169.254.169.254/latest/meta-data/
  sudo       run a command as root (e.g. sudo systemctl start amazon-cloudwatch-agent)
  systemctl  start, stop, restart or status of the CloudWatch agent on an instance
  logger     write a line to /var/log/syslog
  base64, cat, cd, clear, date, echo, env, export, grep, head, history, hostname, ls, mkdir,
  printenv, pwd, rm, tail, touch, unset, whoami

Quoting, $VAR, $(command), |, ;, &&, ||, > and >> work as in bash.
`);
