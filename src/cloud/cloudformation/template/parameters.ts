import type { Template } from './template';
import { templateError, type TemplateResult } from './template-error';

/**
 * The stack's parameter values: those given, else each Default; refused as CreateStack refuses them
 * (facts §4): a missing value, a name the template does not have, a value not in AllowedValues.
 */
export function resolveParameters(template: Template, given: Record<string, string>): TemplateResult<Record<string, string | string[]>> {
  const names = Object.keys(template.Parameters);
  const unknown = Object.keys(given).filter((name) => !names.includes(name));
  if (unknown.length) return { ok: false, error: templateError(`Parameters: [${unknown.join(', ')}] do not exist in the template`) };
  const missing = names.filter((name) => given[name] === undefined && template.Parameters[name]!.Default === undefined);
  if (missing.length) return { ok: false, error: templateError(`Parameters: [${missing.join(', ')}] must have values`) };
  const values: Record<string, string | string[]> = {};
  for (const name of names) {
    const parameter = template.Parameters[name]!;
    const value = given[name] ?? parameter.Default ?? '';
    if (parameter.AllowedValues && !parameter.AllowedValues.includes(value)) {
      return { ok: false, error: templateError(`Parameter '${name}' must be one of AllowedValues`) };
    }
    if (parameter.Type === 'Number' && (value.trim() === '' || Number.isNaN(Number(value)))) {
      return { ok: false, error: templateError(`Parameter '${name}' must be a number.`) }; // (unconfirmed)
    }
    values[name] = parameter.Type === 'CommaDelimitedList' || parameter.Type.startsWith('List<') ? value.split(',').map((v) => v.trim()) : value;
  }
  return { ok: true, value: values };
}

/** Shown for a NoEcho parameter wherever its value would be (DescribeStacks, the console's Parameters tab). */
export const NO_ECHO_MASK = '****';
