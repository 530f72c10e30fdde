import type { AwsError } from '../../core/aws-error';
import { dispatch } from '../../core/dispatch';
import { operations, type OperationInput, type OperationName, type OperationOutput } from '../../core/registry';
import { callerForCredentials, credentialError } from '../../services/sts/credentials-caller';
import type { CliContext } from './cli-context';
import { clientError, generalError, noRegion } from './cli-errors';
import { profileValue, readProfile } from './config-files';
import { imdsAvailable, imdsGet, requireCredentials } from './credential-chain';

/** Services whose endpoint is global: the CLI needs no region for them (it signs for us-east-1). */
const GLOBAL_SERVICES = new Set(['iam', 'sts', 's3']);

/** The region chain of CLI v2: --region, AWS_REGION, AWS_DEFAULT_REGION, the profile's region, then IMDS. */
export function configuredRegion(cli: CliContext): { value: string; source: 'parameter' | 'env' | 'config-file' | 'imds' } | undefined {
  if (cli.globals.region) return { value: cli.globals.region, source: 'parameter' };
  const env = cli.io.env.AWS_REGION || cli.io.env.AWS_DEFAULT_REGION;
  if (env) return { value: env, source: 'env' };
  const fromProfile = profileValue(readProfile(cli.session.host, cli.io.env, cli.profile), 'region');
  if (fromProfile) return { value: fromProfile.value, source: 'config-file' };
  const fromImds = imdsAvailable(cli) ? imdsGet(cli, '/latest/meta-data/placement/region') : undefined;
  return fromImds ? { value: fromImds, source: 'imds' } : undefined;
}

/** The region a call to `service` goes to, or "You must specify a region" (exit 253). */
export function regionFor(cli: CliContext, service: string): string {
  const region = configuredRegion(cli)?.value;
  if (region === undefined) {
    if (GLOBAL_SERVICES.has(service)) return 'us-east-1';
    throw noRegion();
  }
  // An unknown region has no endpoint: botocore cannot connect to the host it builds.
  if (!/^[a-z]{2}(-gov)?-[a-z]+-\d$/.test(region)) {
    throw generalError(`Could not connect to the endpoint URL: "https://${service}.${region}.amazonaws.com/"`);
  }
  return region;
}

export type CallResult<O extends OperationName> = { ok: true; output: OperationOutput<O> } | { ok: false; error: AwsError };

/**
 * One AWS API call from the CLI: the region, then the credentials (the chain), then the caller those
 * credentials sign as, then dispatch with source 'cli' (so the event history records it).
 */
export function callAws<O extends OperationName>(cli: CliContext, operation: O, input: OperationInput<O>): CallResult<O> {
  const def = operations[operation];
  const region = regionFor(cli, def.service);
  const source = requireCredentials(cli);
  let caller = source.caller;
  if (!caller && source.keys) {
    const resolved = callerForCredentials(cli.session.world, source.keys);
    if (!resolved.ok) return { ok: false, error: credentialError(resolved.problem, def.service, def.name) };
    caller = resolved.caller;
  }
  if (!caller) throw new Error('callAws: a credential source without keys or caller');
  const { world, result } = dispatch(cli.session.world, caller, operation, input, { source: 'cli', region });
  cli.session.world = world;
  return result.ok ? { ok: true, output: result.output } : { ok: false, error: result.error };
}

/** callAws for commands that print a failed call as the CLI does: the ClientError line, exit 254. */
export function callOrFail<O extends OperationName>(cli: CliContext, operation: O, input: OperationInput<O>): OperationOutput<O> {
  const result = callAws(cli, operation, input);
  if (!result.ok) throw clientError(result.error);
  return result.output;
}
