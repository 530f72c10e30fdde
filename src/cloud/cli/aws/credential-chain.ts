import { imdsRequest } from '../imds/imds';
import type { CliContext, CredentialSource } from './cli-context';
import { CliFailure, GENERAL_ERROR_RC, generalError, noCredentials } from './cli-errors';
import { profileValue, readProfile } from './config-files';

/** IMDS is skipped off EC2 and when AWS_EC2_METADATA_DISABLED is true, as botocore does. */
export function imdsAvailable(cli: CliContext): boolean {
  return cli.session.ctx.kind === 'instance' && cli.io.env.AWS_EC2_METADATA_DISABLED?.toLowerCase() !== 'true';
}

/** A GET to instance metadata the way botocore makes it: IMDSv2, with a fresh token. */
export function imdsGet(cli: CliContext, path: string): string | undefined {
  const { ctx, world } = cli.session;
  if (ctx.kind !== 'instance') return undefined;
  const token = imdsRequest(world, ctx, { method: 'PUT', path: '/latest/api/token', headers: { 'X-aws-ec2-metadata-token-ttl-seconds': '21600' } });
  const response = imdsRequest(world, ctx, { method: 'GET', path, headers: { 'X-aws-ec2-metadata-token': token.body } });
  return response.status === 200 ? response.body : undefined;
}

function fromEnvironment(cli: CliContext): CredentialSource | undefined {
  const { AWS_ACCESS_KEY_ID: id, AWS_SECRET_ACCESS_KEY: secret, AWS_SESSION_TOKEN: token } = cli.io.env;
  if (!id && !secret) return undefined;
  if (!id || !secret) {
    throw new CliFailure(`\nPartial credentials found in env, missing: ${id ? 'AWS_SECRET_ACCESS_KEY' : 'AWS_ACCESS_KEY_ID'}\n`, GENERAL_ERROR_RC);
  }
  return { method: 'env', keys: { accessKeyId: id, secretAccessKey: secret, ...(token && { sessionToken: token }) } };
}

function fromProfile(cli: CliContext): CredentialSource | undefined {
  const data = readProfile(cli.session.host, cli.io.env, cli.profile);
  if (cli.profile !== 'default' && !data.credentials && !data.config) {
    throw generalError(`The config profile (${cli.profile}) could not be found`);
  }
  const id = profileValue(data, 'aws_access_key_id');
  const secret = profileValue(data, 'aws_secret_access_key');
  if (!id && !secret) return undefined;
  if (!id || !secret) {
    const file = (id ?? secret)?.file === 'credentials' ? 'shared-credentials-file' : 'config-file';
    throw generalError(`Partial credentials found in ${file}, missing: ${id ? 'aws_secret_access_key' : 'aws_access_key_id'}`);
  }
  const token = profileValue(data, 'aws_session_token');
  return {
    method: id.file === 'credentials' ? 'shared-credentials-file' : 'config-file',
    keys: { accessKeyId: id.value, secretAccessKey: secret.value, ...(token && { sessionToken: token.value }) },
  };
}

function fromContainer(cli: CliContext): CredentialSource | undefined {
  const { ctx } = cli.session;
  return ctx.kind === 'cloudshell' && cli.io.env.AWS_CONTAINER_CREDENTIALS_FULL_URI ? { method: 'container-role', caller: ctx.caller } : undefined;
}

function fromInstanceProfile(cli: CliContext): CredentialSource | undefined {
  if (!imdsAvailable(cli)) return undefined;
  const role = imdsGet(cli, '/latest/meta-data/iam/security-credentials/')?.split('\n')[0];
  const body = role ? imdsGet(cli, `/latest/meta-data/iam/security-credentials/${role}`) : undefined;
  if (!body) return undefined;
  const creds = JSON.parse(body) as Record<string, string | undefined>;
  if (!creds.AccessKeyId || !creds.SecretAccessKey || !creds.Token) return undefined;
  return { method: 'iam-role', keys: { accessKeyId: creds.AccessKeyId, secretAccessKey: creds.SecretAccessKey, sessionToken: creds.Token } };
}

/**
 * The credential provider chain (facts §7.4): environment variables (skipped when --profile is given),
 * the profile in the shared credentials and config files, container credentials (CloudShell), then the
 * instance profile through IMDS. Undefined when none has credentials.
 */
export function findCredentials(cli: CliContext): CredentialSource | undefined {
  if (cli.credentials !== undefined) return cli.credentials ?? undefined;
  const found = (cli.globals.profile === undefined ? fromEnvironment(cli) : undefined)
    ?? fromProfile(cli) ?? fromContainer(cli) ?? fromInstanceProfile(cli);
  cli.credentials = found ?? null;
  return found;
}

/** The credentials a call signs with, or "Unable to locate credentials" (exit 253). */
export function requireCredentials(cli: CliContext): CredentialSource {
  const found = findCredentials(cli);
  if (!found) throw noCredentials();
  return found;
}
