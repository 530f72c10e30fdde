import type { CheckContext, StatementNode } from './check-context';
import { stringItems } from './json-tree';

/** Resource ARNs: the "arn" prefix, then the six colon-separated fields (arn:partition:service:region:account:resource). */
export function checkResources(ctx: CheckContext, s: StatementNode): void {
  for (const name of ['Resource', 'NotResource']) {
    for (const { node, value, path } of stringItems(s.element(name), `${s.path}.${name}`)) {
      if (value === '*') continue;
      if (!value.startsWith('arn:')) ctx.sink.add('invalidArnPrefix', node, path);
      else if (value.split(':').length < 6) ctx.sink.add('missingArnField', node, path);
    }
  }
}
