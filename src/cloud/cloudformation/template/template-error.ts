/** A template CloudFormation refuses, with AWS's text (facts §4 "Template validation"): a ValidationError. */
export type TemplateError = { code: 'ValidationError'; message: string };

export const templateError = (message: string): TemplateError => ({ code: 'ValidationError', message });

export const formatError = (detail: string) => templateError(`Template format error: ${detail}`);

export type TemplateResult<T> = { ok: true; value: T } | { ok: false; error: TemplateError };
