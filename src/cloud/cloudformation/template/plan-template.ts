import { referencesOf } from './references';
import type { Template } from './template';
import { formatError, templateError, type TemplateResult } from './template-error';

/**
 * The order CloudFormation creates the resources in: each after what it references (Ref, Fn::GetAtt,
 * Fn::Sub) and what it DependsOn, otherwise in template order. Refused as AWS refuses it: a reference to
 * nothing, a GetAtt of no resource, a cycle.
 */
export function planTemplate(template: Template): TemplateResult<string[]> {
  const ids = Object.keys(template.Resources);
  const known = new Set([...ids, ...Object.keys(template.Parameters)]);
  const needs = new Map<string, string[]>();
  const unresolved: string[] = [];
  for (const id of ids) {
    const resource = template.Resources[id]!;
    const { refs, getAtts } = referencesOf(resource.Properties);
    const badAtt = [...getAtts].find((name) => !ids.includes(name));
    if (badAtt !== undefined) return { ok: false, error: templateError(`Template error: instance of Fn::GetAtt references undefined resource ${badAtt}`) };
    for (const name of [...refs, ...resource.DependsOn]) if (!known.has(name) && !unresolved.includes(name)) unresolved.push(name);
    // A resource naming itself never becomes ready: reported as a cycle, as AWS does.
    needs.set(id, [...new Set([...refs, ...getAtts, ...resource.DependsOn])].filter((n) => ids.includes(n)));
  }
  if (unresolved.length) return { ok: false, error: formatError(`Unresolved resource dependencies [${unresolved.join(', ')}] in the Resources block of the template`) };
  const outputs = referencesOf(Object.values(template.Outputs).map((o) => [o.Value, o.Export?.Name]));
  const badOutputs = [...outputs.refs, ...outputs.getAtts].filter((n) => !known.has(n));
  if (badOutputs.length) return { ok: false, error: formatError(`Unresolved resource dependencies [${[...new Set(badOutputs)].join(', ')}] in the Outputs block of the template`) };

  const order: string[] = [];
  const placed = new Set<string>();
  while (order.length < ids.length) {
    const ready = ids.find((id) => !placed.has(id) && needs.get(id)!.every((n) => placed.has(n)));
    if (ready === undefined) {
      const stuck = ids.filter((id) => !placed.has(id));
      return { ok: false, error: templateError(`Circular dependency between resources: [${stuck.join(', ')}]`) };
    }
    order.push(ready);
    placed.add(ready);
  }
  return { ok: true, value: order };
}
