import type { Tags } from 'yaml';

/** The YAML short forms and the long forms they stand for (template anatomy, facts §6). */
const SHORT_FORMS: Record<string, string> = {
  Ref: 'Ref', Condition: 'Condition', GetAtt: 'Fn::GetAtt', Sub: 'Fn::Sub', Join: 'Fn::Join', Select: 'Fn::Select',
  If: 'Fn::If', Equals: 'Fn::Equals', Not: 'Fn::Not', And: 'Fn::And', Or: 'Fn::Or', Split: 'Fn::Split',
  Base64: 'Fn::Base64', GetAZs: 'Fn::GetAZs', FindInMap: 'Fn::FindInMap', ImportValue: 'Fn::ImportValue',
};

type Node = { toJSON: () => unknown };

/**
 * One custom tag per short form and node kind: `!Ref X` (a scalar), `!Join [...]` (a sequence), and a map
 * where a function takes one. `!GetAtt A.B` becomes `Fn::GetAtt: [A, B]`, as the long form writes it.
 */
export function shortFormTags(): Tags {
  return Object.entries(SHORT_FORMS).flatMap(([short, long]) => [
    {
      tag: `!${short}`,
      resolve: (value: string) => {
        if (long !== 'Fn::GetAtt') return { [long]: value };
        const dot = value.indexOf('.');
        return { [long]: dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)] };
      },
    },
    { tag: `!${short}`, collection: 'seq' as const, resolve: (seq: Node) => ({ [long]: seq.toJSON() }) },
    { tag: `!${short}`, collection: 'map' as const, resolve: (map: Node) => ({ [long]: map.toJSON() }) },
  ]) as Tags;
}
