import type { z } from 'zod';
import { describeInstances } from '../services/ec2/describe-instances';
import { attachUserPolicy } from '../services/iam/attach-user-policy';
import { detachUserPolicy } from '../services/iam/detach-user-policy';
import { getRole } from '../services/iam/get-role';
import { getUser } from '../services/iam/get-user';
import { listAttachedUserPolicies } from '../services/iam/list-attached-user-policies';
import { listPolicies } from '../services/iam/list-policies';
import { listRoles } from '../services/iam/list-roles';
import { listUsers } from '../services/iam/list-users';
import { listBuckets } from '../services/s3/list-buckets';
import { listObjectsV2 } from '../services/s3/list-objects-v2';
import { getCallerIdentity } from '../services/sts/get-caller-identity';

/** Every operation of the simulated cloud, keyed 'service:OperationName'. */
export const operations = {
  'iam:ListRoles': listRoles,
  'iam:GetRole': getRole,
  'iam:ListUsers': listUsers,
  'iam:GetUser': getUser,
  'iam:ListAttachedUserPolicies': listAttachedUserPolicies,
  'iam:AttachUserPolicy': attachUserPolicy,
  'iam:DetachUserPolicy': detachUserPolicy,
  'iam:ListPolicies': listPolicies,
  'sts:GetCallerIdentity': getCallerIdentity,
  'ec2:DescribeInstances': describeInstances,
  's3:ListBuckets': listBuckets,
  's3:ListObjectsV2': listObjectsV2,
};

type Operations = typeof operations;
export type OperationName = keyof Operations;
/** What a caller may pass (before zod defaults are applied). */
export type OperationInput<O extends OperationName> = z.input<Operations[O]['input']>;
export type OperationOutput<O extends OperationName> =
  Extract<ReturnType<Operations[O]['handler']>, { output: unknown }>['output'];

export function isOperationName(name: string): name is OperationName {
  return Object.hasOwn(operations, name);
}
