import { describe, expect, it } from 'vitest';
import { createDefaultWorld } from '../../scenarios/default';
import { ok } from '../../services/iam/iam-test-kit';
import { inCloudShell } from '../cli-test-kit';

/** CloudShell as the student with AmazonS3FullAccess added. */
const s3User = () => inCloudShell(ok(createDefaultWorld(), 'iam:AttachUserPolicy', {
  UserName: 'student', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess',
}).world);

describe('aws s3', () => {
  it('ls: the buckets in the lesson format, then a bucket with PRE lines, a prefix, recursive', () => {
    const c = s3User();
    expect(c.type('aws s3 ls')).toBe('2024-01-26 09:06:37 bucket1\n2023-11-29 11:01:03 bucket2\n2024-01-26 04:57:58 bucket3\n');
    expect(c.type('aws s3 ls s3://bucket1')).toBe('                           PRE reports/\n2024-01-26 09:06:37         20 hello.txt\n');
    expect(c.type('aws s3 ls s3://bucket1/reports/')).toBe(
      '2024-01-26 09:06:37         39 2024-01.csv\n2024-01-26 09:06:37         26 2024-02.csv\n');
    expect(c.type('aws s3 ls s3://bucket1 --recursive --summarize')).toBe(
      '2024-01-26 09:06:37         20 hello.txt\n2024-01-26 09:06:37         39 reports/2024-01.csv\n2024-01-26 09:06:37         26 reports/2024-02.csv\n\nTotal Objects: 3\n   Total Size: 85\n');
    expect(c.type('aws s3 ls s3://bucket1/nothing')).toBe('');
    expect(c.code).toBe(1);
    expect(c.type('aws s3 ls s3://no-such-bucket')).toBe(
      '\nAn error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified bucket does not exist\n');
    expect(c.code).toBe(254);
  });

  it('cp: upload, download, copy and to stdout; failures as the transfer commands print them', () => {
    const c = s3User();
    c.type('echo "my notes" > notes.txt');
    expect(c.type('aws s3 cp notes.txt s3://bucket2/')).toBe('upload: notes.txt to s3://bucket2/notes.txt\n');
    expect(c.type('aws s3 cp s3://bucket2/notes.txt copy.txt')).toBe('download: s3://bucket2/notes.txt to copy.txt\n');
    expect(c.type('cat copy.txt')).toBe('my notes\n');
    expect(c.type('aws s3 cp s3://bucket1/hello.txt -')).toBe('Hello from bucket1!\n');
    expect(c.type('mkdir d; aws s3 cp s3://bucket1/hello.txt d')).toBe('download: s3://bucket1/hello.txt to d/hello.txt\n');
    expect(c.type('aws s3 cp s3://bucket1/hello.txt s3://bucket3/copied.txt')).toBe('copy: s3://bucket1/hello.txt to s3://bucket3/copied.txt\n');
    expect(c.type('aws s3 cp s3://bucket1/missing.txt .')).toBe(
      'fatal error: An error occurred (404) when calling the HeadObject operation: Key "missing.txt" does not exist\n');
    expect(c.code).toBe(1);
    expect(c.type('aws s3 cp nofile.txt s3://bucket1/')).toBe('\nThe user-provided path nofile.txt does not exist.\n');
    const denied = inCloudShell();
    denied.type('echo x > x.txt');
    expect(denied.type('aws s3 cp x.txt s3://bucket1/x.txt')).toBe('upload failed: x.txt to s3://bucket1/x.txt An error occurred (AccessDenied) when calling the PutObject operation: User: arn:aws:iam::123456789012:user/student is not authorized to perform: s3:PutObject on resource: "arn:aws:s3:::bucket1/x.txt" because no identity-based policy allows the s3:PutObject action\n');
    expect(denied.type('aws s3 cp s3://bucket1/hello.txt .')).toBe(
      'fatal error: An error occurred (403) when calling the HeadObject operation: Forbidden\n');
  });

  it('mb and rb: make and remove a bucket; a bucket with objects needs --force', () => {
    const c = s3User();
    expect(c.type('aws s3 mb s3://my-new-bucket-42')).toBe('make_bucket: my-new-bucket-42\n');
    expect(c.type('aws s3 ls')).toContain('2026-01-15 09:00:00 my-new-bucket-42\n');
    expect(c.type('aws s3 mb s3://bucket1')).toBe('make_bucket failed: s3://bucket1 An error occurred (BucketAlreadyOwnedByYou) when calling the CreateBucket operation: Your previous request to create the named bucket succeeded and you already own it.\n');
    expect(c.type('aws s3 rb s3://my-new-bucket-42')).toBe('remove_bucket: my-new-bucket-42\n');
    expect(c.type('aws s3 rb s3://bucket2')).toBe('remove_bucket failed: s3://bucket2 An error occurred (BucketNotEmpty) when calling the DeleteBucket operation: The bucket you tried to delete is not empty\n');
    expect(c.type('aws s3 rb s3://bucket2 --force')).toBe(
      'delete: s3://bucket2/index.html\ndelete: s3://bucket2/logs/app.log\nremove_bucket: bucket2\n');
    expect(c.type('aws s3 mb bucket9')).toBe('\nusage: aws s3 mb <S3Uri>\nError: Invalid argument type\n');
  });
});

describe('aws s3api', () => {
  it('list-buckets', () => {
    const out = s3User().type('aws s3api list-buckets --query "Buckets[0]"');
    expect(out).toBe('{\n    "Name": "bucket1",\n    "CreationDate": "2024-01-26T09:06:37+00:00",\n    "BucketRegion": "ap-northeast-2"\n}\n');
  });

  it('get-object writes the body to the outfile and prints the metadata; put-object uploads a file', () => {
    const c = s3User();
    expect(c.type('aws s3api get-object --bucket bucket1 --key hello.txt hello.txt')).toMatchInlineSnapshot(`
      "{
          "AcceptRanges": "bytes",
          "LastModified": "2024-01-26T09:06:37+00:00",
          "ContentLength": 20,
          "ETag": "\\"05d0bd1db4c4e1d95678a727741624d9\\"",
          "ContentType": "binary/octet-stream",
          "ServerSideEncryption": "AES256",
          "Metadata": {}
      }
      "
    `);
    expect(c.type('cat hello.txt')).toBe('Hello from bucket1!\n');
    expect(c.type('aws s3api get-object --bucket bucket1 --key hello.txt')).toContain('the following arguments are required: outfile');
    c.type('echo data > up.txt');
    expect(c.type('aws s3api put-object --bucket bucket3 --key up.txt --body up.txt')).toMatchInlineSnapshot(`
      "{
          "ETag": "\\"c4304c7026d4ef2970d782d480f0aaf8\\"",
          "ServerSideEncryption": "AES256"
      }
      "
    `);
    expect(c.type('aws s3api put-object --bucket bucket3 --key up.txt --body missing.txt')).toBe(
      "\nError parsing parameter '--body': Blob values must be a path to a file.\n");
    expect(c.type('aws s3api get-object --bucket bucket1 --key nope out')).toBe(
      '\nAn error occurred (NoSuchKey) when calling the GetObject operation: The specified key does not exist.\n');
  });
});
