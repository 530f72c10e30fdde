import type { Host } from '../host';
import { makeDirs, resolvePath } from '../shell/fs';
import { parseIni, setIniValue } from './ini';

/** The shared credentials file and the config file, where the environment says or in ~/.aws. */
export function configPaths(host: Host, env: Record<string, string>) {
  return {
    credentials: resolvePath(host, env.AWS_SHARED_CREDENTIALS_FILE ?? '~/.aws/credentials'),
    config: resolvePath(host, env.AWS_CONFIG_FILE ?? '~/.aws/config'),
  };
}

/** Named profiles are `[NAME]` in credentials and `[profile NAME]` in config; the default is `[default]` in both. */
export const configSection = (profile: string) => (profile === 'default' ? 'default' : `profile ${profile}`);

export type ProfileData = { credentials?: Record<string, string>; config?: Record<string, string> };

export function readProfile(host: Host, env: Record<string, string>, profile: string): ProfileData {
  const paths = configPaths(host, env);
  const credentials = parseIni(host.files[paths.credentials] ?? '')[profile];
  const config = parseIni(host.files[paths.config] ?? '')[configSection(profile)];
  return { ...(credentials && { credentials }), ...(config && { config }) };
}

/** A value of the profile: the credentials file first for keys, the config file for everything else. */
export function profileValue(data: ProfileData, key: string): { value: string; file: 'credentials' | 'config' } | undefined {
  const fromCredentials = data.credentials?.[key];
  if (fromCredentials !== undefined && fromCredentials !== '') return { value: fromCredentials, file: 'credentials' };
  const fromConfig = data.config?.[key];
  return fromConfig !== undefined && fromConfig !== '' ? { value: fromConfig, file: 'config' } : undefined;
}

const CREDENTIAL_KEYS = new Set(['aws_access_key_id', 'aws_secret_access_key', 'aws_session_token']);

/** Writes one setting where `aws configure` puts it (keys in credentials, the rest in config), creating ~/.aws. */
export function writeSetting(host: Host, env: Record<string, string>, profile: string, key: string, value: string): void {
  const paths = configPaths(host, env);
  const toCredentials = CREDENTIAL_KEYS.has(key);
  const path = toCredentials ? paths.credentials : paths.config;
  makeDirs(host, path.slice(0, path.lastIndexOf('/')));
  host.files[path] = setIniValue(host.files[path] ?? '', toCredentials ? profile : configSection(profile), key, value);
}
