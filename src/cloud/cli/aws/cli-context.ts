import type { Caller } from '../../core/caller';
import type { SigningCredentials } from '../../services/sts/credentials-caller';
import type { Io, Session } from '../shell/session';

/** The global options (`--region`, `--profile`, `--output`, `--query`, ...), wherever they were typed. */
export type Globals = {
  region?: string; profile?: string; output?: string; query?: string; noPaginate?: boolean;
  /** --cli-binary-format: base64 (v2's default) or raw-in-base64-out. */
  binaryFormat?: string;
};

/** Where a command's credentials came from, named as `aws configure list` names it. */
export type CredentialSource = {
  method: 'env' | 'shared-credentials-file' | 'config-file' | 'iam-role' | 'container-role' | 'assume-role';
  keys?: SigningCredentials;
  /** Set when the source is already a caller (CloudShell's container credentials are the console identity). */
  caller?: Caller;
};

/** One run of the aws command. */
export type CliContext = {
  session: Session;
  io: Io;
  globals: Globals;
  /** The profile in use: --profile, else AWS_PROFILE, else default. */
  profile: string;
  /** Cached per run, as the CLI resolves credentials once per command. */
  credentials?: CredentialSource | null;
};
