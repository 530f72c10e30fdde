import { callAws, callOrFail, regionFor } from '../call';
import type { CliContext } from '../cli-context';
import { CliFailure, GENERAL_ERROR_RC, PARAM_ERROR_RC, requiredArguments } from '../cli-errors';
import type { CliCommand, CliService } from '../command';
import { baseName, isDir, isFile, resolvePath, writeFile } from '../../shell/fs';
import { humanSize, lsTime, s3Path, transferError, type S3Path } from './s3-paths';

const flag = (name: string) => ({ name, type: 'boolean' as const });
const invalidArgs = (usage: string) => new CliFailure(`\nusage: ${usage}\nError: Invalid argument type\n`, PARAM_ERROR_RC);
/** The s3 commands report a failed transfer on stdout-like lines and exit 1. */
const transferFailed = (line: string) => new CliFailure(`${line}\n`, 1);

function listBuckets(cli: CliContext): string {
  const output = callOrFail(cli, 's3:ListBuckets', {});
  return output.Buckets.map((b) => `${lsTime(b.CreationDate)} ${b.Name}\n`).join('');
}

function listObjects(cli: CliContext, path: S3Path, o: Record<string, unknown>): string {
  const recursive = o.recursive === true;
  const output = callOrFail(cli, 's3:ListObjectsV2', { Bucket: path.bucket, Prefix: path.key, ...(!recursive && { Delimiter: '/' }) });
  let text = '';
  for (const p of output.CommonPrefixes ?? []) text += `${'PRE'.padStart(30)} ${p.Prefix.split('/').slice(-2)[0]}/\n`;
  let total = 0;
  for (const c of output.Contents ?? []) {
    total += c.Size;
    const size = o['human-readable'] === true ? humanSize(c.Size) : String(c.Size);
    text += `${lsTime(c.LastModified)} ${size.padStart(10)} ${recursive ? c.Key : c.Key.slice(c.Key.lastIndexOf('/') + 1)}\n`;
  }
  if (o.summarize === true) {
    const size = o['human-readable'] === true ? humanSize(total) : String(total);
    text += `\nTotal Objects: ${(output.Contents ?? []).length}\n   Total Size: ${size}\n`;
  }
  // Nothing under a prefix: nothing printed, exit status 1.
  if (text === '' && path.key !== '') throw new CliFailure('', 1);
  return text;
}

const ls: CliCommand = {
  name: 'ls',
  args: [flag('recursive'), flag('human-readable'), flag('summarize')],
  positionals: 1,
  run(cli, parsed) {
    const target = parsed.positionals[0];
    const path = target === undefined || target === 's3://' ? undefined : s3Path(target.startsWith('s3://') ? target : `s3://${target}`);
    return path ? listObjects(cli, path, parsed.options) : listBuckets(cli);
  },
};

function destinationKey(dest: S3Path, source: string): string {
  return dest.key === '' || dest.key.endsWith('/') ? `${dest.key}${baseName(source)}` : dest.key;
}

const cp: CliCommand = {
  name: 'cp',
  args: [flag('recursive'), { name: 'content-type', type: 'string' }],
  positionals: 2,
  run(cli, parsed) {
    const [from, to] = parsed.positionals;
    if (from === undefined || to === undefined) throw requiredArguments(from === undefined ? ['paths'] : ['paths']);
    if (parsed.options.recursive === true) throw new CliFailure('\ncp --recursive is not supported in this simulator yet.\n', GENERAL_ERROR_RC);
    const src = s3Path(from);
    const dst = s3Path(to);
    const host = cli.session.host;
    if (!src && !dst) throw invalidArgs('aws s3 cp <LocalPath> <S3Uri> or <S3Uri> <LocalPath> or <S3Uri> <S3Uri>');
    let body: string;
    if (src) {
      const head = callAws(cli, 's3:HeadObject', { Bucket: src.bucket, Key: src.key });
      if (!head.ok) {
        const text = head.error.httpStatus === 404
          ? `An error occurred (404) when calling the HeadObject operation: Key "${src.key}" does not exist` : transferError(head.error);
        throw transferFailed(`fatal error: ${text}`);
      }
      const got = callAws(cli, 's3:GetObject', { Bucket: src.bucket, Key: src.key });
      if (!got.ok) throw transferFailed(`download failed: ${from} to ${to} ${transferError(got.error)}`);
      body = got.output.Body;
    } else {
      const path = resolvePath(host, from);
      if (!isFile(host, path)) throw new CliFailure(`\nThe user-provided path ${from} does not exist.\n`, GENERAL_ERROR_RC);
      body = host.files[path] ?? '';
    }
    if (dst) {
      const key = destinationKey(dst, src ? src.key : from);
      const put = callAws(cli, 's3:PutObject', { Bucket: dst.bucket, Key: key, Body: body,
        ...(typeof parsed.options['content-type'] === 'string' && { ContentType: parsed.options['content-type'] }) });
      const verb = src ? 'copy' : 'upload';
      if (!put.ok) throw transferFailed(`${verb} failed: ${from} to s3://${dst.bucket}/${key} ${transferError(put.error)}`);
      return `${verb}: ${from} to s3://${dst.bucket}/${key}\n`;
    }
    if (to === '-') return body;
    const target = isDir(host, resolvePath(host, to)) ? `${to.replace(/\/$/, '')}/${baseName(src?.key ?? '')}` : to;
    if (!writeFile(host, resolvePath(host, target), body)) {
      throw transferFailed(`download failed: ${from} to ${target} [Errno 2] No such file or directory: '${target}'`);
    }
    return `download: ${from} to ${target}\n`;
  },
};

function bucketArg(parsed: { positionals: string[] }, usage: string): string {
  const target = parsed.positionals[0];
  if (target === undefined) throw requiredArguments(['path']);
  const path = s3Path(target);
  if (!path || path.bucket === '') throw invalidArgs(usage);
  return path.bucket;
}

const mb: CliCommand = {
  name: 'mb',
  args: [],
  positionals: 1,
  run(cli, parsed) {
    const bucket = bucketArg(parsed, 'aws s3 mb <S3Uri>');
    const region = regionFor(cli, 's3');
    const result = callAws(cli, 's3:CreateBucket', {
      Bucket: bucket, ...(region !== 'us-east-1' && { CreateBucketConfiguration: { LocationConstraint: region } }),
    });
    if (!result.ok) throw transferFailed(`make_bucket failed: s3://${bucket} ${transferError(result.error)}`);
    return `make_bucket: ${bucket}\n`;
  },
};

const rb: CliCommand = {
  name: 'rb',
  args: [flag('force')],
  positionals: 1,
  run(cli, parsed) {
    const bucket = bucketArg(parsed, 'aws s3 rb <S3Uri>');
    let out = '';
    if (parsed.options.force === true) {
      const listed = callAws(cli, 's3:ListObjectsV2', { Bucket: bucket });
      for (const c of listed.ok ? listed.output.Contents ?? [] : []) {
        const deleted = callAws(cli, 's3:DeleteObject', { Bucket: bucket, Key: c.Key });
        out += deleted.ok ? `delete: s3://${bucket}/${c.Key}\n` : `delete failed: s3://${bucket}/${c.Key} ${transferError(deleted.error)}\n`;
      }
    }
    const result = callAws(cli, 's3:DeleteBucket', { Bucket: bucket });
    if (!result.ok) throw new CliFailure(`remove_bucket failed: s3://${bucket} ${transferError(result.error)}\n`, 1, out);
    return `${out}remove_bucket: ${bucket}\n`;
  },
};

const rm: CliCommand = {
  name: 'rm',
  args: [],
  positionals: 1,
  run(cli, parsed) {
    const target = parsed.positionals[0];
    if (target === undefined) throw requiredArguments(['paths']);
    const path = s3Path(target);
    if (!path || path.key === '') throw invalidArgs('aws s3 rm <S3Uri>');
    const result = callAws(cli, 's3:DeleteObject', { Bucket: path.bucket, Key: path.key });
    if (!result.ok) throw transferFailed(`delete failed: ${target} ${transferError(result.error)}`);
    return `delete: ${target}\n`;
  },
};

export const s3Service: CliService = { name: 's3', commands: [ls, cp, mb, rb, rm] };
