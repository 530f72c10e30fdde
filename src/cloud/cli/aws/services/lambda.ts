import { apiInput, type BlobValue } from '../args';
import { callOrFail } from '../call';
import { generalError, paramValidationError } from '../cli-errors';
import { apiCommand, optional, required, type CliCommand, type CliService } from '../command';
import { formatResponse } from '../output/format';
import { pagedCommand } from '../paged-command';
import { lambdaInvoke } from './lambda-invoke';

/** The simulator's Behaviour member is not part of Lambda's API: the CLI never shows it. */
function configuration(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const rest = { ...(value as Record<string, unknown>) };
  delete rest.Behaviour;
  return rest;
}

/** ListFunctions returns a subset of FunctionConfiguration: no State or LastUpdateStatus (API reference). */
function listed(value: unknown): unknown {
  const rest = configuration(value) as Record<string, unknown>;
  delete rest.State;
  delete rest.LastUpdateStatus;
  return rest;
}

const ZIP_FILE_ERROR = '--zip-file must be a zip file with the fileb:// prefix.\nExample usage:  --zip-file fileb://path/to/file.zip';

// awscli/customizations/awslambda.py: --zip-file (a fileb:// blob) becomes Code.ZipFile and --code
// loses ZipFile and is no longer required; one of them must still give the Code member.
const createArgs = [
  required('function-name'), optional('runtime'), required('role'), optional('handler'), { name: 'code', type: 'structure' as const },
  { name: 'zip-file', type: 'blob' as const }, optional('description'), optional('timeout', 'integer'), optional('memory-size', 'integer'),
  { name: 'publish', type: 'boolean' as const }, optional('architectures', 'string-list'), { name: 'tags', type: 'structure' as const },
];
const createFunction: CliCommand = {
  name: 'create-function',
  args: createArgs,
  run(cli, parsed) {
    const input = apiInput(createArgs.filter((a) => a.name !== 'zip-file'), parsed);
    const zip = parsed.options['zip-file'] as BlobValue | undefined;
    if (zip !== undefined) {
      // The simulated code does not come from the package; only the fileb:// form is checked.
      if (!zip.fromFileb) throw generalError(ZIP_FILE_ERROR);
      input.Code = { ...(input.Code as object | undefined), ZipFile: 'UEsDBA==' };
    }
    if (input.Code === undefined) throw paramValidationError(['Missing required parameter in input: "Code"']);
    return formatResponse(cli, 'CreateFunction', configuration(callOrFail(cli, 'lambda:CreateFunction', input as never)));
  },
};

export const lambdaService: CliService = {
  name: 'lambda',
  commands: [
    pagedCommand('list-functions', 'lambda:ListFunctions', [optional('master-region'), optional('function-version'), optional('marker')],
    { inputToken: 'Marker', outputToken: 'NextMarker', limitKey: 'MaxItems', resultKeys: ['Functions'] },
    (o) => ({ ...o, ...(Array.isArray(o.Functions) && { Functions: o.Functions.map(listed) }) })),
    apiCommand('get-function', 'lambda:GetFunction', [required('function-name'), optional('qualifier')], {
      output: (o) => {
        const { Configuration, Code, Tags } = o as { Configuration: unknown; Code: unknown; Tags?: Record<string, string> };
        return { Configuration: configuration(Configuration), Code, ...(Tags && Object.keys(Tags).length > 0 && { Tags }) };
      },
    }),
    createFunction,
    apiCommand('update-function-configuration', 'lambda:UpdateFunctionConfiguration', [
      required('function-name'), optional('role'), optional('handler'), optional('description'), optional('timeout', 'integer'),
      optional('memory-size', 'integer'), optional('runtime'),
    ], { output: configuration }),
    apiCommand('delete-function', 'lambda:DeleteFunction', [required('function-name'), optional('qualifier')]),
    lambdaInvoke,
  ],
};
