import { readTemplateText } from './read-template-text';
import {
  SUPPORTED_TYPES, TEMPLATE_SECTIONS, type Template, type TemplateOutput, type TemplateParameter, type TemplateResource,
} from './template';
import { formatError, type TemplateResult } from './template-error';
import { isRecord } from '../../core/is-record';

const fail = (detail: string): TemplateResult<never> => ({ ok: false, error: formatError(detail) });

function parameterOf(raw: unknown): TemplateParameter | undefined {
  if (!isRecord(raw) || typeof raw.Type !== 'string') return undefined;
  const text = (v: unknown) => (v === undefined ? undefined : String(v));
  return {
    Type: raw.Type,
    ...(raw.Default !== undefined && { Default: text(raw.Default) }),
    ...(Array.isArray(raw.AllowedValues) && { AllowedValues: raw.AllowedValues.map(String) }),
    ...(raw.NoEcho !== undefined && { NoEcho: raw.NoEcho === true || raw.NoEcho === 'true' }),
    ...(typeof raw.Description === 'string' && { Description: raw.Description }),
  };
}

function resourceOf(raw: Record<string, unknown>): TemplateResource {
  const dependsOn = raw.DependsOn === undefined ? [] : Array.isArray(raw.DependsOn) ? raw.DependsOn.map(String) : [String(raw.DependsOn)];
  return {
    Type: String(raw.Type),
    Properties: isRecord(raw.Properties) ? raw.Properties : {},
    DependsOn: dependsOn,
    ...(typeof raw.Condition === 'string' && { Condition: raw.Condition }),
    ...(typeof raw.DeletionPolicy === 'string' && { DeletionPolicy: raw.DeletionPolicy }),
  };
}

/**
 * A template's text checked the way CreateStack and ValidateTemplate check it, before anything is made:
 * well-formed, known sections, a version CloudFormation knows, at least one resource, each with a Type that
 * this simulator supports. Texts marked (unconfirmed) follow the pattern of the observed ones.
 */
export function parseTemplate(body: string): TemplateResult<Template> {
  const read = readTemplateText(body);
  if (!read.ok) return read;
  const raw = read.value;
  if (!isRecord(raw)) return fail('At least one Resources member must be defined.');
  const unknown = Object.keys(raw).filter((k) => !TEMPLATE_SECTIONS.includes(k));
  // (unconfirmed) wording
  if (unknown.length) return fail(`Invalid template property or properties [${unknown.join(', ')}]`);
  const version = raw.AWSTemplateFormatVersion;
  // A YAML date-like 2010-09-09 is read as text: the parser keeps YAML 1.2's core schema (no timestamps).
  if (version !== undefined && String(version) !== '2010-09-09') return fail(`Unsupported template version: ${String(version)}`); // (unconfirmed)
  if (!isRecord(raw.Resources) || Object.keys(raw.Resources).length === 0) return fail('At least one Resources member must be defined.');

  const resources: Record<string, TemplateResource> = {};
  for (const [id, value] of Object.entries(raw.Resources)) {
    // (unconfirmed) wording, as remembered from the console
    if (!isRecord(value) || typeof value.Type !== 'string') return fail(`[/Resources/${id}] Every Resources object must contain a Type member.`);
    resources[id] = resourceOf(value);
  }
  const unsupported = [...new Set(Object.values(resources).map((r) => r.Type))]
    .filter((type) => !(SUPPORTED_TYPES as readonly string[]).includes(type));
  if (unsupported.length) return fail(`Unrecognized resource types: [${unsupported.join(', ')}]`);

  const parameters: Record<string, TemplateParameter> = {};
  for (const [name, value] of Object.entries(isRecord(raw.Parameters) ? raw.Parameters : {})) {
    const parameter = parameterOf(value);
    if (!parameter) return fail(`[/Parameters/${name}] Every Parameters object must contain a Type member.`); // (unconfirmed)
    parameters[name] = parameter;
  }
  const outputs: Record<string, TemplateOutput> = {};
  for (const [name, value] of Object.entries(isRecord(raw.Outputs) ? raw.Outputs : {})) {
    if (!isRecord(value) || value.Value === undefined) return fail(`[/Outputs/${name}] 'Value' is required.`); // (unconfirmed)
    outputs[name] = {
      Value: value.Value,
      ...(typeof value.Description === 'string' && { Description: value.Description }),
      ...(isRecord(value.Export) && { Export: { Name: value.Export.Name } }),
      ...(typeof value.Condition === 'string' && { Condition: value.Condition }),
    };
  }
  return {
    ok: true,
    value: {
      ...(typeof raw.Description === 'string' && { Description: raw.Description }),
      Parameters: parameters, Conditions: isRecord(raw.Conditions) ? raw.Conditions : {}, Resources: resources, Outputs: outputs,
    },
  };
}
