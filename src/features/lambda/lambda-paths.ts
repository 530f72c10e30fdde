// The Lambda console's URLs and the pages it links to (features cannot import src/app/paths.ts).
const enc = encodeURIComponent;

export const lambdaPaths = {
  functions: '/lambda/functions',
  createFunction: '/lambda/create/function',
  function: (name: string, tab?: 'code' | 'test' | 'monitor' | 'configuration') =>
    `/lambda/functions/${enc(name)}${tab ? `?tab=${tab}` : ''}`,
  role: (roleName: string) => `/iam/roles/details/${enc(roleName)}`,
  // Log group names hold '/': encodeURIComponent turns it into %2F, which the router gives back as '/'.
  logGroup: (group: string) => `/cloudwatch/log-groups/log-group/${enc(group)}`,
};

/** "arn:aws:iam::123456789012:role/service-role/NAME" -> "NAME". */
export const roleNameOf = (roleArn: string) => roleArn.slice(roleArn.lastIndexOf('/') + 1);
