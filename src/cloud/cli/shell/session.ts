import type { World } from '../../core/world';
import type { Host, ShellContext } from '../host';

/**
 * The state one input line runs against. Mutable only inside a single runLine call (runLine copies the
 * host first and hands back the new world and host), so runLine itself stays a pure function.
 */
export type Session = { world: World; host: Host; ctx: ShellContext; clear: boolean };

/** What a command gets besides its arguments: piped input and the environment it runs with. */
export type Io = { stdin: string; env: Record<string, string> };
export type CommandOutput = { out: string; err: string; code: number };
export type CommandFn = (session: Session, args: string[], io: Io) => CommandOutput;

export const ok = (out = ''): CommandOutput => ({ out, err: '', code: 0 });
export const fail = (err: string, code = 1): CommandOutput => ({ out: '', err, code });
