import { describe, expect, it } from 'vitest';
import { STUDENT } from '../../scenarios/empty';
import { createAdministratorWorld, createNoPermissionsWorld } from '../../scenarios/student-variants';
import { as, asOk } from '../sts/sts-test-kit';

describe('HeadObject', () => {
  it('answers the metadata GetObject would, without the body', () => {
    const head = asOk(createAdministratorWorld(), STUDENT, 's3:HeadObject', { Bucket: 'bucket1', Key: 'hello.txt' }).output;
    const get = asOk(createAdministratorWorld(), STUDENT, 's3:GetObject', { Bucket: 'bucket1', Key: 'hello.txt' }).output;
    expect(head).toEqual({ ContentLength: get.ContentLength, ContentType: get.ContentType, ETag: get.ETag, LastModified: get.LastModified });
    expect(head).not.toHaveProperty('Body');
  });

  it('is a bare 404 for a missing key, and needs s3:GetObject', () => {
    const missing = as(createAdministratorWorld(), STUDENT, 's3:HeadObject', { Bucket: 'bucket1', Key: 'nope' }).result;
    expect(!missing.ok && missing.error).toMatchObject({ code: 'NotFound', httpStatus: 404 });
    const denied = as(createNoPermissionsWorld(), STUDENT, 's3:HeadObject', { Bucket: 'bucket1', Key: 'hello.txt' }).result;
    expect(!denied.ok && denied.error.message).toContain('is not authorized to perform: s3:GetObject on resource: "arn:aws:s3:::bucket1/hello.txt"');
  });
});
