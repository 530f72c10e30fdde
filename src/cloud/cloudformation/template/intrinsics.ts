import { subVariables } from './references';
import { isRecord } from '../../core/is-record';

/** What the intrinsic functions read: parameter values, pseudo parameters, resources made so far, conditions. */
export type ResolveContext = {
  parameters: Record<string, string | string[]>;
  pseudo: { AccountId: string; Region: string; StackName: string; StackId: string };
  resources: Record<string, { ref: string; attributes: Record<string, string> }>;
  conditions: Record<string, boolean>;
};

/** AWS::NoValue: the property it stands for is left out. */
export const NO_VALUE = Symbol('AWS::NoValue');

/** A value that cannot be resolved (a GetAtt of an attribute the type does not have, say): AWS's text. */
export class ResolveError extends Error {}

function ref(name: string, ctx: ResolveContext): unknown {
  const pseudo: Record<string, unknown> = {
    'AWS::AccountId': ctx.pseudo.AccountId, 'AWS::Region': ctx.pseudo.Region, 'AWS::StackName': ctx.pseudo.StackName,
    'AWS::StackId': ctx.pseudo.StackId, 'AWS::Partition': 'aws', 'AWS::URLSuffix': 'amazonaws.com', 'AWS::NotificationARNs': [],
    'AWS::NoValue': NO_VALUE,
  };
  if (name in pseudo) return pseudo[name];
  if (name in ctx.parameters) return ctx.parameters[name];
  const resource = ctx.resources[name];
  if (resource) return resource.ref;
  throw new ResolveError(`Template format error: Unresolved resource dependencies [${name}] in the Resources block of the template`);
}

function getAtt(name: string, attribute: string, ctx: ResolveContext): string {
  const value = ctx.resources[name]?.attributes[attribute];
  // (unconfirmed) wording for an attribute the type does not have
  if (value === undefined) throw new ResolveError(`Template error: resource ${name} does not support attribute type ${attribute} in Fn::GetAtt`);
  return value;
}

function sub(text: string, local: Record<string, unknown>, ctx: ResolveContext): string {
  let out = text;
  for (const v of subVariables(text)) {
    const key = v.attribute ? `${v.name}.${v.attribute}` : v.name;
    const value = key in local ? resolveValue(local[key], ctx) : v.attribute ? getAtt(v.name, v.attribute, ctx) : ref(v.name, ctx);
    out = out.replaceAll(`\${${key}}`, String(value));
  }
  return out.replaceAll('${!', '${'); // ${!Literal} is written out as ${Literal}
}

const FUNCTIONS: Record<string, (arg: unknown, ctx: ResolveContext) => unknown> = {
  Ref: (arg, ctx) => ref(String(arg), ctx),
  'Fn::GetAtt': (arg, ctx) => {
    const [name, attribute] = Array.isArray(arg) ? arg.map((a) => String(resolveValue(a, ctx))) : String(arg).split(/\.(.*)/);
    return getAtt(name ?? '', attribute ?? '', ctx);
  },
  'Fn::Sub': (arg, ctx) => (Array.isArray(arg) ? sub(String(arg[0]), isRecord(arg[1]) ? arg[1] : {}, ctx) : sub(String(arg), {}, ctx)),
  'Fn::Join': (arg, ctx) => {
    const [delimiter, list] = arg as [string, unknown];
    return (resolveValue(list, ctx) as unknown[]).filter((v) => v !== NO_VALUE).map(String).join(delimiter);
  },
  'Fn::Select': (arg, ctx) => {
    const [index, list] = arg as [unknown, unknown];
    return (resolveValue(list, ctx) as unknown[])[Number(resolveValue(index, ctx))];
  },
  'Fn::Split': (arg, ctx) => String(resolveValue((arg as unknown[])[1], ctx)).split(String((arg as unknown[])[0])),
  'Fn::If': (arg, ctx) => {
    const [condition, whenTrue, whenFalse] = arg as [string, unknown, unknown];
    return resolveValue(ctx.conditions[condition] ? whenTrue : whenFalse, ctx);
  },
  'Fn::Equals': (arg, ctx) => {
    const [a, b] = (arg as unknown[]).map((v) => resolveValue(v, ctx));
    return String(a) === String(b);
  },
  'Fn::Not': (arg, ctx) => !resolveValue((arg as unknown[])[0], ctx),
  'Fn::And': (arg, ctx) => (arg as unknown[]).every((v) => resolveValue(v, ctx) === true),
  'Fn::Or': (arg, ctx) => (arg as unknown[]).some((v) => resolveValue(v, ctx) === true),
  Condition: (arg, ctx) => ctx.conditions[String(arg)] === true,
  'Fn::Base64': (arg, ctx) => btoa(String(resolveValue(arg, ctx))),
  'Fn::GetAZs': (_arg, ctx) => ['a', 'b', 'c'].map((z) => `${ctx.pseudo.Region}${z}`),
};

/** A template value with every intrinsic function worked out; properties set to AWS::NoValue are dropped. */
export function resolveValue(value: unknown, ctx: ResolveContext): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveValue(v, ctx)).filter((v) => v !== NO_VALUE);
  if (!isRecord(value)) return value;
  const keys = Object.keys(value);
  const fn = keys.length === 1 ? FUNCTIONS[keys[0]!] : undefined;
  if (fn) return fn(value[keys[0]!], ctx);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const resolved = resolveValue(item, ctx);
    if (resolved !== NO_VALUE) out[key] = resolved;
  }
  return out;
}
