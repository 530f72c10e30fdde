import type { TerminalTarget } from '../../api/cli/terminal';

// What the real hosts print on login (shortened): learners recognise the machine they are on.
const UBUNTU = `Welcome to Ubuntu 24.04.3 LTS (GNU/Linux 6.14.0-1015-aws x86_64)

 * Documentation:  https://help.ubuntu.com
 * Management:     https://landscape.canonical.com
 * Support:        https://ubuntu.com/pro
`;

const AMAZON_LINUX = `   ,     #_
   ~\\_  ####_        Amazon Linux 2023
  ~~  \\_#####\\
  ~~     \\###|
  ~~       \\#/ ___   https://aws.amazon.com/linux/amazon-linux-2023
   ~~       V~' '->
    ~~~         /
      ~~._.   _/
         _/ _/
       _/m/'
`;

const CLOUDSHELL = `Preparing your terminal...
Try these commands to get started:
aws help  or  aws <command> help  or  aws <command> --cli-auto-prompt
`;

export function bannerFor(target: TerminalTarget): string {
  if (target.kind === 'cloudshell') return CLOUDSHELL;
  return target.platform === 'ubuntu' ? UBUNTU : AMAZON_LINUX;
}
