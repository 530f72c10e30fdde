import { aws } from './aws/aws-main';
import { cat, cd, ls, mkdir, pwd, rm, touch } from './builtins/file-commands';
import {
  clear, echo, env, exportCommand, falseCommand, help, history, hostname, printenv, trueCommand, unset, whoami,
} from './builtins/env-commands';
import { curl } from './curl';
import type { CommandFn } from './shell/session';

const COMMANDS: Record<string, CommandFn> = {
  aws, curl, cat, cd, clear, echo, env, export: exportCommand, false: falseCommand, help, history, hostname,
  ls, mkdir, printenv, pwd, rm, touch, true: trueCommand, unset, whoami,
};

export function commandFor(name: string): CommandFn | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}
