import type { Caller } from '../core/caller';
import { stableHex } from '../core/ids';

/**
 * One machine's shell state: plain, serialisable data (the store can keep it per host). Files are
 * absolute paths -> text; directories are listed explicitly (a file's parent folders are implied).
 */
export type Host = {
  kind: 'instance' | 'cloudshell';
  hostname: string;
  user: string;
  home: string;
  cwd: string;
  /** Exported variables (what `env` prints and programs see). */
  env: Record<string, string>;
  /** Shell variables that were set but not exported (TOKEN=$(curl ...)). */
  vars: Record<string, string>;
  files: Record<string, string>;
  dirs: string[];
  history: string[];
  /** A question the next input line answers (aws configure), or an unfinished line (trailing backslash). */
  pending?: Pending;
  lastExitCode: number;
  /** systemd units started on this machine (the CloudWatch agent), by unit name without ".service". */
  units?: Record<string, UnitState>;
};

/**
 * A simulated service: running or not since when, its process id, and how many lines of the file it
 * collects it has already shipped (the agent keeps this offset across restarts, as its state file does)
 * and how long that file was at its last pass.
 */
export type UnitState = { active: boolean; since: number; pid: number; shippedLines: number; seenLines: number };

export type ConfigurePending = {
  kind: 'configure';
  profile: string;
  step: number;
  answers: (string | undefined)[];
};
export type Pending = ConfigurePending | { kind: 'continuation'; text: string };

/**
 * What a terminal is connected to. An instance answers IMDS for itself; CloudShell runs as the console
 * identity (its container credentials) in the console's region.
 */
export type ShellContext =
  | { kind: 'instance'; accountId: string; region: string; instanceId: string }
  | { kind: 'cloudshell'; caller: Caller; region: string };

export type Platform = 'ubuntu' | 'amazon-linux';

function baseHost(kind: Host['kind'], hostname: string, user: string, env: Record<string, string>): Host {
  const home = `/home/${user}`;
  return {
    kind, hostname, user, home, cwd: home,
    env: { HOME: home, USER: user, LOGNAME: user, SHELL: '/bin/bash', PWD: home, LANG: 'C.UTF-8', PATH: '/usr/local/bin:/usr/bin:/bin', ...env },
    vars: {}, files: {}, dirs: [home], history: [], lastExitCode: 0,
  };
}

/** An EC2 instance's shell: `ubuntu` on Ubuntu AMIs, `ec2-user` on Amazon Linux; hostname from the private IP. */
export function createInstanceHost(instance: { privateIpAddress: string; platform: Platform }): Host {
  const user = instance.platform === 'ubuntu' ? 'ubuntu' : 'ec2-user';
  return baseHost('instance', `ip-${instance.privateIpAddress.replaceAll('.', '-')}`, user, {});
}

/** CloudShell: `cloudshell-user`, with the region and the container-credentials variables CloudShell sets. */
export function createCloudShellHost(region: string, accountId: string): Host {
  const n = Number.parseInt(stableHex(`cloudshell:${accountId}:${region}`, 4), 16);
  const hostname = `ip-10-${130 + (n % 4)}-${(n >> 4) % 256}-${(n >> 8) % 254 + 1}`;
  return baseHost('cloudshell', hostname, 'cloudshell-user', {
    AWS_REGION: region,
    AWS_DEFAULT_REGION: region,
    AWS_EXECUTION_ENV: 'CloudShell',
    AWS_CONTAINER_CREDENTIALS_FULL_URI: 'http://localhost:1338/latest/meta-data/container/security-credentials',
    AWS_CONTAINER_AUTHORIZATION_TOKEN: stableHex(`cloudshell-token:${accountId}`, 44),
  });
}

/** The prompt bash shows: Ubuntu's `user@host:~$ `, Amazon Linux and CloudShell's `[user@host ~]$ `. */
export function promptOf(host: Host): string {
  if (host.pending?.kind === 'continuation') return '> ';
  const here = host.cwd === host.home ? '~' : host.cwd.startsWith(`${host.home}/`) ? `~${host.cwd.slice(host.home.length)}` : host.cwd;
  if (host.user === 'ubuntu') return `${host.user}@${host.hostname}:${here}$ `;
  const base = here === '~' || here === '/' ? here : here.slice(here.lastIndexOf('/') + 1);
  return `[${host.user}@${host.hostname} ${base}]$ `;
}
