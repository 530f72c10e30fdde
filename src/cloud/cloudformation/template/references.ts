import { isRecord } from '../../core/is-record';

/** What a value names: Ref targets, Fn::GetAtt resources and Fn::Sub variables (pseudo parameters left out). */
export type References = { refs: Set<string>; getAtts: Set<string> };

const isPseudo = (name: string) => name.startsWith('AWS::');

/** The names in a Fn::Sub string: `${Name}` and `${Name.Attr}`, not the literal `${!Name}`. */
export function subVariables(text: string): { name: string; attribute?: string }[] {
  return [...text.matchAll(/\$\{([^}!][^}]*)\}/g)].map((m) => {
    const [name = '', ...rest] = (m[1] ?? '').trim().split('.');
    return rest.length ? { name, attribute: rest.join('.') } : { name };
  });
}

/** Walks a template value for the names it references (as CloudFormation works out the implicit order). */
export function referencesOf(value: unknown, found: References = { refs: new Set(), getAtts: new Set() }): References {
  if (Array.isArray(value)) {
    for (const item of value) referencesOf(item, found);
    return found;
  }
  if (!isRecord(value)) return found;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === 'Ref' && typeof value.Ref === 'string') {
    if (!isPseudo(value.Ref)) found.refs.add(value.Ref);
    return found;
  }
  if (keys.length === 1 && keys[0] === 'Fn::GetAtt') {
    const target = value['Fn::GetAtt'];
    const name = Array.isArray(target) ? target[0] : typeof target === 'string' ? target.split('.')[0] : undefined;
    if (typeof name === 'string') found.getAtts.add(name);
    return found;
  }
  if (keys.length === 1 && keys[0] === 'Fn::Sub') {
    const sub = value['Fn::Sub'];
    const [text, variables] = Array.isArray(sub) ? [sub[0], sub[1]] : [sub, undefined];
    const local = isRecord(variables) ? variables : {};
    if (typeof text === 'string') {
      for (const v of subVariables(text)) {
        if (isPseudo(v.name) || v.name in local) continue;
        (v.attribute ? found.getAtts : found.refs).add(v.name);
      }
    }
    referencesOf(local, found);
    return found;
  }
  for (const item of Object.values(value)) referencesOf(item, found);
  return found;
}
