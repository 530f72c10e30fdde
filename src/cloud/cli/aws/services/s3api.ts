import { callOrFail } from '../call';
import { apiCommand, optional, required, type CliCommand, type CliService } from '../command';
import { formatResponse } from '../output/format';
import { isFile, resolvePath, writeFile } from '../../shell/fs';
import { CliFailure, GENERAL_ERROR_RC, parameterError, requiredArguments } from '../cli-errors';

// S3 has encrypted every new object with SSE-S3 since January 2023, and says so in its responses.
const SSE = { ServerSideEncryption: 'AES256' };

const getObject: CliCommand = {
  name: 'get-object',
  args: [required('bucket'), required('key')],
  positionals: 1,
  run(cli, parsed) {
    const outfile = parsed.positionals[0];
    if (outfile === undefined) throw requiredArguments(['outfile']);
    const { bucket, key } = parsed.options as { bucket: string; key: string };
    const output = callOrFail(cli, 's3:GetObject', { Bucket: bucket, Key: key });
    const host = cli.session.host;
    if (!writeFile(host, resolvePath(host, outfile), output.Body)) {
      throw new CliFailure(`\n[Errno 2] No such file or directory: '${outfile}'\n`, GENERAL_ERROR_RC);
    }
    return formatResponse(cli, 'GetObject', {
      AcceptRanges: 'bytes', LastModified: output.LastModified, ContentLength: output.ContentLength, ETag: output.ETag,
      ContentType: output.ContentType, ...SSE, Metadata: {},
    });
  },
};

const putObject: CliCommand = {
  name: 'put-object',
  args: [required('bucket'), required('key'), optional('body'), optional('content-type')],
  run(cli, parsed) {
    const { bucket, key, body, 'content-type': contentType } = parsed.options as Record<string, string | undefined>;
    const host = cli.session.host;
    // --body is a path to a local file (a streaming blob), not the content itself.
    if (body !== undefined && !isFile(host, resolvePath(host, body))) throw parameterError('--body', 'Blob values must be a path to a file.');
    const output = callOrFail(cli, 's3:PutObject', {
      Bucket: bucket as string, Key: key as string, Body: body === undefined ? '' : host.files[resolvePath(host, body)] ?? '',
      ...(contentType !== undefined && { ContentType: contentType }),
    });
    return formatResponse(cli, 'PutObject', { ...output, ...SSE });
  },
};

export const s3apiService: CliService = {
  name: 's3api',
  commands: [
    apiCommand('list-buckets', 's3:ListBuckets', [], {
      output: (o) => ({ Buckets: o.Buckets, Owner: { DisplayName: (o.Owner as { DisplayName: string }).DisplayName, ID: (o.Owner as { ID: string }).ID } }),
    }),
    // The CLI pages for you: it prints the merged Contents and CommonPrefixes, then the non-aggregate keys.
    apiCommand('list-objects-v2', 's3:ListObjectsV2', [required('bucket'), optional('prefix'), optional('delimiter'), optional('max-keys', 'integer')], {
      output: (o) => ({
        ...(o.Contents !== undefined && { Contents: o.Contents }),
        ...(o.CommonPrefixes !== undefined && { CommonPrefixes: o.CommonPrefixes }),
        RequestCharged: null, Prefix: o.Prefix,
      }),
    }),
    getObject,
    putObject,
    apiCommand('head-object', 's3:HeadObject', [required('bucket'), required('key')]),
    apiCommand('delete-object', 's3:DeleteObject', [required('bucket'), required('key')]),
    apiCommand('create-bucket', 's3:CreateBucket', [required('bucket'), { name: 'create-bucket-configuration', type: 'structure' }]),
    apiCommand('delete-bucket', 's3:DeleteBucket', [required('bucket')]),
    apiCommand('get-bucket-policy', 's3:GetBucketPolicy', [required('bucket')]),
    apiCommand('put-bucket-policy', 's3:PutBucketPolicy', [required('bucket'), required('policy')]),
    apiCommand('delete-bucket-policy', 's3:DeleteBucketPolicy', [required('bucket')]),
  ],
};
