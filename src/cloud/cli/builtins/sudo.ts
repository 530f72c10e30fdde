import { fail, type CommandFn } from '../shell/session';

const USAGE = `usage: sudo -h | -K | -k | -V
usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]
usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]
            [-u user] [command [arg ...]]
usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory]
            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
            [-u user] [VAR=value] [-i | -s] [command [arg ...]]
usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory]
            [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
            [-u user] file ...
`;

/** Shell builtins are not programs: sudo cannot find them. */
const SHELL_BUILTINS = new Set(['cd', 'export', 'unset', 'history', 'help']);
const CLOUDSHELL_KEPT = ['AWS_REGION', 'AWS_DEFAULT_REGION', 'AWS_EXECUTION_ENV', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_AUTHORIZATION_TOKEN'];
const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/snap/bin';

/**
 * `sudo CMD`: CMD runs as root, with no password (the default user on EC2 AMIs and CloudShell may sudo).
 * As sudoers' defaults do, the environment is reset (AWS_* variables are dropped unless -E) and HOME is
 * /root: `sudo aws ...` reads /root/.aws, not the user's files, and falls back to the instance role.
 */
export function makeSudo(lookup: (name: string) => CommandFn | undefined): CommandFn {
  return (session, args, io) => {
    let i = 1;
    let keepEnv = false;
    for (; i < args.length && (args[i] as string).startsWith('-'); i++) {
      const flag = args[i] as string;
      if (flag === '--') { i++; break; }
      if (flag === '-E' || flag === '--preserve-env') keepEnv = true;
      else if (flag === '-u') {
        if (args[i + 1] !== 'root') return fail(`sudo: unknown user ${args[i + 1] ?? ''}\nsudo: error initializing audit plugin sudoers_audit\n`);
        i++;
      } else if (flag === '-i' || flag === '-s' || flag === '--login' || flag === '--shell') {
        return fail('sudo: a root shell is not simulated here; put sudo before each command instead.\n');
      } else return fail(`sudo: invalid option -- '${flag.replace(/^-+/, '')}'\n${USAGE}`);
    }
    const name = args[i];
    if (name === undefined) return fail(USAGE);
    const fn = SHELL_BUILTINS.has(name) ? undefined : lookup(name);
    if (!fn) return fail(`sudo: ${name}: command not found\n`);
    const host = session.host;
    const saved = { user: host.user, home: host.home };
    const env = keepEnv ? { ...io.env } : {
      ...(io.env.LANG !== undefined && { LANG: io.env.LANG }), ...(io.env.TERM !== undefined && { TERM: io.env.TERM }),
      PATH: SECURE_PATH, MAIL: '/var/mail/root', LOGNAME: 'root', USER: 'root', HOME: '/root', SHELL: '/bin/bash',
      SUDO_COMMAND: `/usr/bin/${args.slice(i).join(' ')}`, SUDO_USER: saved.user, SUDO_UID: '1000', SUDO_GID: '1000',
      // (unconfirmed) CloudShell's sudo is assumed to keep the variables its credentials and region come from.
      ...(host.kind === 'cloudshell' && Object.fromEntries(Object.entries(io.env).filter(([k]) => CLOUDSHELL_KEPT.includes(k)))),
    };
    // -E keeps HOME too, so the user's ~/.aws stays in use.
    const home = keepEnv ? saved.home : '/root';
    host.user = 'root';
    host.home = home;
    try {
      return fn(session, args.slice(i), { stdin: io.stdin, env: { ...env, USER: 'root', LOGNAME: 'root', HOME: home } });
    } finally {
      session.host.user = saved.user;
      session.host.home = saved.home;
    }
  };
}
