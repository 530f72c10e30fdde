import { aws } from './aws/aws-main';
import { cat, cd, ls, mkdir, pwd, rm, touch } from './builtins/file-commands';
import {
  clear, echo, env, exportCommand, falseCommand, help, history, hostname, printenv, trueCommand, unset, whoami,
} from './builtins/env-commands';
import { makeSudo } from './builtins/sudo';
import { date, logger } from './builtins/system-commands';
import { systemctl } from './builtins/systemctl';
import { base64, grep, head, tail } from './builtins/text-commands';
import { curl } from './curl';
import type { CommandFn } from './shell/session';

const COMMANDS: Record<string, CommandFn> = {
  aws, base64, curl, cat, cd, clear, date, echo, env, export: exportCommand, false: falseCommand, grep, head, help, history, hostname,
  logger, ls, mkdir, printenv, pwd, rm, sudo: makeSudo((name) => commandFor(name)), systemctl, tail, touch, true: trueCommand, unset, whoami,
};

export function commandFor(name: string): CommandFn | undefined {
  return Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
}
