import type { CliService } from './command';
import { SERVICES } from './service-table';

export function mainHelp(): string {
  const names = SERVICES.map((s) => (s.unsupported ? `${s.name} (not yet)` : s.name));
  return `AWS()

NAME
       aws -

DESCRIPTION
       The AWS Command Line Interface is a unified tool to manage your AWS services.
       This terminal simulates it for the services below.

SYNOPSIS
       aws [options] <command> <subcommand> [parameters]

OPTIONS
       --region (string)    The region to use.
       --profile (string)   Use a specific profile from your credential file.
       --output (string)    json | text | table | yaml
       --query (string)     A JMESPath query to use in filtering the response data.
       --version            Display the version of this tool.

AVAILABLE SERVICES
${['configure', ...names].map((n) => `       o ${n}\n`).join('')}`;
}

export function serviceHelp(service: CliService): string {
  return `${service.name}\n\nAVAILABLE COMMANDS\n${service.commands.map((c) => `       o ${c.name}\n`).join('')}`;
}

export function commandHelp(service: CliService, name: string, options: string[]): string {
  return `${name}\n\nSYNOPSIS\n            ${name}\n${options.map((o) => `          ${o}\n`).join('')}\nSee "aws ${service.name} help" for the other commands.\n`;
}
