// The CloudWatch Logs console's URLs, shaped like the real console's (log-groups/log-group/NAME/log-events/STREAM).
// Names hold '/' (and streams '[$LATEST]'): encodeURIComponent makes '/' %2F, which the router gives back
// as '/' in the parameter; the real console's double-encoded "$252F" form is accepted too (see decodeName).
const enc = encodeURIComponent;

export const logsPaths = {
  groups: '/cloudwatch/log-groups',
  createGroup: '/cloudwatch/log-groups/create-log-group',
  group: (group: string) => `/cloudwatch/log-groups/log-group/${enc(group)}`,
  searchAll: (group: string) => `/cloudwatch/log-groups/log-group/${enc(group)}/log-events`,
  stream: (group: string, stream: string) => `/cloudwatch/log-groups/log-group/${enc(group)}/log-events/${enc(stream)}`,
};

/** A name from the URL: as the router decoded it, or a pasted console URL's "$252Faws$252Flambda$252Ffn". */
export function decodeName(param: string | undefined): string {
  const value = param ?? '';
  if (!/\$25[0-9A-Fa-f]{2}/.test(value)) return value;
  try {
    return decodeURIComponent(decodeURIComponent(value.replaceAll('$', '%')));
  } catch {
    return value;
  }
}
