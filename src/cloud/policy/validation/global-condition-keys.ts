// AWS global condition context keys (reference_policies_condition-keys). They belong to no service's
// catalogue, so the "unknown condition key" checks need their own list. Lower-case; a trailing "/"
// marks a key family followed by a tag key (aws:PrincipalTag/team).
const GLOBAL_KEYS = [
  'aws:calledvia', 'aws:calledviafirst', 'aws:calledvialast', 'aws:currenttime', 'aws:epochtime',
  'aws:federatedprovider', 'aws:multifactorauthage', 'aws:multifactorauthpresent', 'aws:principalaccount',
  'aws:principalarn', 'aws:principalisawsservice', 'aws:principalorgid', 'aws:principalorgpaths',
  'aws:principalservicename', 'aws:principalservicenameslist', 'aws:principaltype', 'aws:referer',
  'aws:requestedregion', 'aws:resourceaccount', 'aws:resourceorgid', 'aws:resourceorgpaths',
  'aws:securetransport', 'aws:sourceaccount', 'aws:sourcearn', 'aws:sourceidentity', 'aws:sourceip',
  'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourcevpcarn',
  'aws:tagkeys', 'aws:tokenissuetime', 'aws:useragent', 'aws:userid', 'aws:username', 'aws:viaawsservice',
  'aws:vpcsourceip', 'aws:ec2instancesourcevpc', 'aws:ec2instancesourceprivateipv4', 'aws:sourceinstancearn',
  'aws:assumedroot', 'aws:ismcpserviceaction', 'aws:viaawsmcpservice', 'aws:calledviaawsmcp',
];
const GLOBAL_KEY_FAMILIES = ['aws:principaltag/', 'aws:requesttag/', 'aws:resourcetag/'];

const known = new Set(GLOBAL_KEYS);

/** True for a global condition key, in any letter case. */
export function isGlobalConditionKey(key: string): boolean {
  const k = key.toLowerCase();
  return known.has(k) || GLOBAL_KEY_FAMILIES.some((f) => k.startsWith(f) && k.length > f.length);
}
