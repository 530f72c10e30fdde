import type { CreateStackInput } from '../../../api/cloudformation/create-stack';
import type { TemplateSummary } from '../../../api/cloudformation/validate-template';

/** Step 1's "Prerequisite - Prepare template" (Build from Infrastructure Composer is shown, not offered). */
export type PrepareChoice = 'existing' | 'sample';
/** "Template source": Amazon S3 URL is shown, not offered; 'paste' is this simulator's addition. */
export type TemplateSource = 'upload' | 'paste';

export type StackDraft = {
  prepare: PrepareChoice;
  source: TemplateSource;
  sampleId: string | undefined;
  /** The chosen file (Cloudscape FileUpload's value) and its text, read when it was chosen. */
  files: File[];
  uploadedText: string;
  pastedText: string;
  stackName: string;
  /** Values typed per parameter key; a key missing here takes the template's default. */
  parameters: Record<string, string>;
  tags: { key: string; value: string }[];
  role: { name: string; arn: string } | undefined;
  onFailure: 'ROLLBACK' | 'DO_NOTHING';
  acknowledged: boolean;
};

export const emptyDraft: StackDraft = {
  prepare: 'existing', source: 'upload', sampleId: undefined, files: [], uploadedText: '', pastedText: '',
  stackName: '', parameters: {}, tags: [], role: undefined, onFailure: 'ROLLBACK', acknowledged: false,
};

/** The template text step 1 stands for, given the samples' bodies. */
export function templateBodyOf(draft: StackDraft, samples: readonly { id: string; body: string }[]): string {
  if (draft.prepare === 'sample') return samples.find((s) => s.id === draft.sampleId)?.body ?? '';
  return draft.source === 'upload' ? draft.uploadedText : draft.pastedText;
}

type Parameter = NonNullable<TemplateSummary['Parameters']>[number];

/** The template's parameters as the console lists them: alphabetically by key (facts §2, step 2). */
export const sortedParameters = (summary: TemplateSummary | undefined): Parameter[] =>
  [...(summary?.Parameters ?? [])].sort((a, b) => a.ParameterKey.localeCompare(b.ParameterKey));

/** A parameter's value as shown: what was typed, else the template's default. */
export const parameterValue = (draft: StackDraft, p: Parameter) => draft.parameters[p.ParameterKey] ?? p.DefaultValue ?? '';

/**
 * The client-side checks of step 2's Stack name, the API's own rules (facts §2): required, a letter first,
 * letters, digits and dashes only, at most 128 characters. The console's inline texts are (unconfirmed).
 */
export function stackNameProblem(name: string): string | undefined {
  if (name === '') return 'cloudformation.create.stackNameRequired';
  if (!/^[A-Za-z]/.test(name)) return 'cloudformation.create.stackNameFirst';
  if (!/^[-A-Za-z0-9]*$/.test(name)) return 'cloudformation.create.stackNameChars';
  if (name.length > 128) return 'cloudformation.create.stackNameLength';
  return undefined;
}

/** The CreateStack request the review's Submit sends. */
export function createStackInput(draft: StackDraft, body: string, summary: TemplateSummary | undefined): CreateStackInput {
  // A parameter left empty with no default is left out, so the API names it: "Parameters: [X] must have values".
  const parameters = sortedParameters(summary)
    .filter((p) => parameterValue(draft, p) !== '' || p.DefaultValue !== undefined)
    .map((p) => ({ ParameterKey: p.ParameterKey, ParameterValue: parameterValue(draft, p) }));
  const tags = draft.tags.filter((tag) => tag.key !== '').map((tag) => ({ Key: tag.key, Value: tag.value }));
  return {
    StackName: draft.stackName,
    TemplateBody: body,
    ...(parameters.length && { Parameters: parameters }),
    ...(draft.acknowledged && summary?.Capabilities?.length && { Capabilities: [...summary.Capabilities] as CreateStackInput['Capabilities'] }),
    ...(draft.role && { RoleARN: draft.role.arn }),
    OnFailure: draft.onFailure,
    ...(tags.length && { Tags: tags }),
  };
}
