import { toIso } from '../../core/clock';
import { stableHex, stableId } from '../../core/ids';
import type { World } from '../../core/world';
import { sessionCredentials } from '../../services/sts/session-credentials';
import { errorPage, imdsJson } from './imds-pages';
import { imdsTokenValid, issueImdsToken, MAX_TOKEN_TTL_SECONDS } from './imds-token';
import { instanceView, type InstanceView } from './instance-view';

export type ImdsRequest = { method: string; path: string; headers: Record<string, string> };
export type ImdsResponse = { status: number; reason: string; body: string };

const OK = (body: string): ImdsResponse => ({ status: 200, reason: 'OK', body });
const error = (status: number, reason: string): ImdsResponse => ({ status, reason, body: errorPage(status, reason) });
const NOT_FOUND = error(404, 'Not Found');

/**
 * Whether the instance answers only IMDSv2 requests. The world keeps no metadata options, so this follows
 * the AMI defaults: Amazon Linux 2023 AMIs are registered as IMDSv2-only; Ubuntu AMIs leave IMDSv1 on.
 */
export function tokensRequired(view: InstanceView): boolean {
  return view.instance.platform === 'amazon-linux';
}

function header(req: ImdsRequest, name: string): string | undefined {
  const found = Object.entries(req.headers).find(([k]) => k.toLowerCase() === name.toLowerCase());
  return found?.[1].trim();
}

function iamPages(view: InstanceView): Record<string, string> {
  const { profile, session } = view;
  if (!profile?.roleName || !session) return {};
  const updated = toIso(session.issuedAt);
  const creds = sessionCredentials(session);
  return {
    iam: 'info\nsecurity-credentials/',
    'iam/info': imdsJson([['Code', 'Success'], ['LastUpdated', updated], ['InstanceProfileArn', profile.arn], ['InstanceProfileId', profile.id]]),
    'iam/security-credentials': profile.roleName,
    [`iam/security-credentials/${profile.roleName}`]: imdsJson([
      ['Code', 'Success'], ['LastUpdated', updated], ['Type', 'AWS-HMAC'], ['AccessKeyId', creds.AccessKeyId],
      ['SecretAccessKey', creds.SecretAccessKey], ['Token', creds.SessionToken], ['Expiration', creds.Expiration],
    ]),
  };
}

function metadataPages(view: InstanceView): Record<string, string> {
  const { instance, region } = view;
  const dashed = (ip: string) => ip.replaceAll('.', '-');
  const local = `ip-${dashed(instance.privateIp)}.${region}.compute.internal`;
  const zoneLetter = instance.availabilityZone.slice(-1);
  const mac = (stableHex(`mac:${instance.instanceId}`, 12).match(/../g) ?? []).join(':');
  const iam = iamPages(view);
  const pages: Record<string, string> = {
    'ami-id': instance.imageId,
    'ami-launch-index': '0',
    hostname: local,
    'instance-id': instance.instanceId,
    'instance-type': instance.instanceType,
    'local-hostname': local,
    'local-ipv4': instance.privateIp,
    mac,
    placement: 'availability-zone\navailability-zone-id\nregion',
    'placement/availability-zone': instance.availabilityZone,
    'placement/availability-zone-id': `${region.split('-').map((p) => p[0]).join('')}${region.slice(-1)}-az${'abcdef'.indexOf(zoneLetter) + 1}`,
    'placement/region': region,
    'reservation-id': stableId('reservation', instance.instanceId),
    'security-groups': instance.securityGroups.map((g) => g.groupName).join('\n'),
    ...(instance.publicIp !== undefined && {
      'public-hostname': `ec2-${dashed(instance.publicIp)}.${region}.compute.amazonaws.com`,
      'public-ipv4': instance.publicIp,
    }),
    ...iam,
  };
  const top = Object.keys(pages).filter((k) => !k.includes('/') && !['iam', 'placement'].includes(k));
  const listing = [...top, ...(iam.iam ? ['iam/'] : []), 'placement/'].sort();
  return { '': listing.join('\n'), ...pages };
}

function identityDocument(view: InstanceView): string {
  const { instance } = view;
  const doc = {
    accountId: view.accountId, architecture: 'x86_64', availabilityZone: instance.availabilityZone, billingProducts: null,
    devpayProductCodes: null, marketplaceProductCodes: null, imageId: instance.imageId, instanceId: instance.instanceId,
    instanceType: instance.instanceType, kernelId: null, pendingTime: instance.launchTime, privateIp: instance.privateIp,
    ramdiskId: null, region: view.region, version: '2017-09-30',
  };
  return JSON.stringify(doc, null, 2).replaceAll('": ', '" : ');
}

function get(view: InstanceView, path: string): ImdsResponse {
  const clean = path.replace(/\/+$/, '');
  if (clean === '/latest' || clean === '') return OK(clean === '' ? 'latest' : 'dynamic\nmeta-data');
  if (clean === '/latest/dynamic') return OK('instance-identity/');
  if (clean === '/latest/dynamic/instance-identity') return OK('document\npkcs7\nsignature');
  if (clean === '/latest/dynamic/instance-identity/document') return OK(identityDocument(view));
  const m = /^\/latest\/meta-data(?:\/(.*))?$/.exec(clean);
  if (!m) return NOT_FOUND;
  const page = metadataPages(view)[m[1] ?? ''];
  return page === undefined ? NOT_FOUND : OK(page);
}

/**
 * The instance metadata service at 169.254.169.254 as the instance sees it: IMDSv2 tokens (PUT
 * /latest/api/token with a TTL header), 401 for a missing or expired token when tokens are required,
 * and the role's rotating credentials under meta-data/iam/ (absent without a role: 404).
 */
export function imdsRequest(world: World, at: { accountId: string; region: string; instanceId: string }, req: ImdsRequest): ImdsResponse {
  const view = instanceView(world, at.accountId, at.region, at.instanceId);
  if (!view) return error(404, 'Not Found');
  const path = req.path.split('?')[0] ?? '';
  if (path.replace(/\/+$/, '') === '/latest/api/token') {
    if (req.method !== 'PUT') return error(405, 'Method Not Allowed');
    const ttl = Number(header(req, 'X-aws-ec2-metadata-token-ttl-seconds'));
    if (!Number.isInteger(ttl) || ttl < 1 || ttl > MAX_TOKEN_TTL_SECONDS) return error(400, 'Bad Request');
    return OK(issueImdsToken(at.instanceId, world.clock.now + ttl * 1000));
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return error(405, 'Method Not Allowed');
  const token = header(req, 'X-aws-ec2-metadata-token');
  if (token !== undefined ? !imdsTokenValid(token, at.instanceId, world.clock.now) : tokensRequired(view)) {
    return error(401, 'Unauthorized');
  }
  return get(view, path);
}
