import { parse as parseJson, type ParseError } from 'jsonc-parser';
import { shortFormTags } from './short-form-tags';
import { formatError, type TemplateResult } from './template-error';
import { templateYaml } from './yaml-loader';

/** 1-based line and column of an offset, as AWS reports where a template is not well-formed. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

/**
 * A template's text as data: JSON when it starts with `{`, YAML otherwise (as CloudFormation decides),
 * with the short forms turned into long ones. Not well-formed: AWS's text with the line and column.
 */
export function readTemplateText(body: string): TemplateResult<unknown> {
  if (body.trimStart().startsWith('{')) {
    const errors: ParseError[] = [];
    const value: unknown = parseJson(body, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0];
    if (!first) return { ok: true, value };
    const at = lineColumn(body, first.offset);
    return { ok: false, error: formatError(`JSON not well-formed. (line ${at.line}, column ${at.column})`) };
  }
  const doc = templateYaml().parseDocument(body, { customTags: shortFormTags(), uniqueKeys: true });
  // An unknown tag (!Foo) is a warning to the parser but an error to CloudFormation.
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem) {
    const at = problem.linePos?.[0] ?? { line: 1, col: 1 };
    return { ok: false, error: formatError(`YAML not well-formed. (line ${at.line}, column ${at.col})`) };
  }
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) as unknown };
}
