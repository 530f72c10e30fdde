import { z } from 'zod';
import { CloudEventSchema } from './events';
import { PASSWORD_HASH_PATTERN } from './password-hash';
import { StackSchema } from './world-cloudformation';
import { DynamoTableSchema } from './world-dynamodb';

// Times are ISO-8601 strings with second precision ("2026-01-15T09:00:00Z"), except the clock (epoch ms).
const IsoTime = z.string();

export const TagSchema = z.object({ Key: z.string(), Value: z.string() });
export type Tag = z.infer<typeof TagSchema>;

/** Inline policies: policy name -> policy JSON text. */
const InlinePolicies = z.record(z.string(), z.string());

export const AccessKeySchema = z.object({
  accessKeyId: z.string(),
  secretAccessKey: z.string(),
  status: z.enum(['Active', 'Inactive']),
  createDate: IsoTime,
});
export type AccessKey = z.infer<typeof AccessKeySchema>;

/** A password as the world keeps it: only ever a salted scrypt hash (core/password-hash.ts), never clear text. */
const PasswordHash = z.string().regex(PASSWORD_HASH_PATTERN, 'a password is stored only as a salted hash');

/** A user's console password (IAM's login profile). Times are ISO. */
export const LoginProfileSchema = z.object({
  createDate: IsoTime,
  passwordResetRequired: z.boolean(),
  passwordHash: PasswordHash,
  /** When the password was last set: expiry counts from here. */
  passwordSetDate: IsoTime,
  /** Earlier passwords' hashes, newest first, as many as the password policy's reuse prevention remembers. */
  previousPasswordHashes: z.array(PasswordHash).max(24).optional(),
});
export type LoginProfile = z.infer<typeof LoginProfileSchema>;

export const UserSchema = z.object({
  userName: z.string(),
  userId: z.string(),
  path: z.string(),
  arn: z.string(),
  createDate: IsoTime,
  attachedPolicyArns: z.array(z.string()),
  inlinePolicies: InlinePolicies,
  groupNames: z.array(z.string()),
  tags: z.array(TagSchema),
  /** At most two (Active or Inactive). Optional so worlds stored before access keys existed stay valid. */
  accessKeys: z.array(AccessKeySchema).optional(),
  /** Absent: the user cannot sign in to the console. */
  loginProfile: LoginProfileSchema.optional(),
  /** The last console sign-in (GetUser's PasswordLastUsed). */
  passwordLastUsed: IsoTime.optional(),
});
export type User = z.infer<typeof UserSchema>;

export const GroupSchema = z.object({
  groupName: z.string(),
  groupId: z.string(),
  path: z.string(),
  arn: z.string(),
  createDate: IsoTime,
  attachedPolicyArns: z.array(z.string()),
  inlinePolicies: InlinePolicies,
});
export type Group = z.infer<typeof GroupSchema>;

export const RoleSchema = z.object({
  roleName: z.string(),
  roleId: z.string(),
  path: z.string(),
  arn: z.string(),
  createDate: IsoTime,
  description: z.string().optional(),
  maxSessionDuration: z.number().int(),
  assumeRolePolicyDocument: z.string(),
  attachedPolicyArns: z.array(z.string()),
  inlinePolicies: InlinePolicies,
  permissionsBoundaryArn: z.string().optional(),
  tags: z.array(TagSchema),
  lastUsed: z.object({ date: IsoTime, region: z.string() }).optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const PolicyVersionSchema = z.object({
  versionId: z.string(),
  document: z.string(),
  isDefault: z.boolean(),
  createDate: IsoTime,
});
export type PolicyVersion = z.infer<typeof PolicyVersionSchema>;

/** A customer managed policy. AWS managed policies live in the catalog, never in the world. */
export const ManagedPolicySchema = z.object({
  policyName: z.string(),
  policyId: z.string(),
  arn: z.string(),
  path: z.string(),
  defaultVersionId: z.string(),
  versions: z.array(PolicyVersionSchema),
  createDate: IsoTime,
  updateDate: IsoTime,
  description: z.string().optional(),
  tags: z.array(TagSchema).optional(),
  /** The number of the next version id ("v7"): version ids are never reused. Absent: one past the highest. */
  nextVersionNumber: z.number().int().optional(),
});
export type ManagedPolicy = z.infer<typeof ManagedPolicySchema>;

export const InstanceProfileSchema = z.object({
  name: z.string(),
  id: z.string(),
  path: z.string(),
  arn: z.string(),
  roleName: z.string().optional(),
  createDate: IsoTime,
});
export type InstanceProfile = z.infer<typeof InstanceProfileSchema>;

export const InstanceStateSchema = z.enum(['pending', 'running', 'stopping', 'stopped', 'shutting-down', 'terminated']);
export type InstanceState = z.infer<typeof InstanceStateSchema>;

export const InstanceSchema = z.object({
  instanceId: z.string(),
  name: z.string(),
  imageId: z.string(),
  amiName: z.string(),
  platform: z.enum(['ubuntu', 'amazon-linux']),
  instanceType: z.string(),
  state: InstanceStateSchema,
  launchTime: IsoTime,
  availabilityZone: z.string(),
  privateIp: z.string(),
  publicIp: z.string().optional(),
  keyName: z.string().optional(),
  securityGroups: z.array(z.object({ groupId: z.string(), groupName: z.string() })),
  iamInstanceProfileArn: z.string().optional(),
  /** The association that gave the instance its profile ("iip-assoc-..."), and when (epoch ms). */
  iamInstanceProfileAssociation: z.object({ associationId: z.string(), associatedAt: z.number() }).optional(),
  tags: z.array(TagSchema),
  /** A transition in progress: `state` (pending, stopping, shutting-down) becomes `to` at `at` (epoch ms). */
  transition: z.object({ to: InstanceStateSchema, at: z.number() }).optional(),
});
export type Instance = z.infer<typeof InstanceSchema>;

export const KeyPairSchema = z.object({ keyName: z.string(), keyPairId: z.string(), fingerprint: z.string(), createTime: IsoTime });
export type KeyPair = z.infer<typeof KeyPairSchema>;

export const S3ObjectSchema = z.object({
  key: z.string(),
  size: z.number().int(),
  lastModified: IsoTime,
  body: z.string(),
  contentType: z.string().optional(),
});
export type S3Object = z.infer<typeof S3ObjectSchema>;

export const BucketSchema = z.object({
  name: z.string(),
  region: z.string(),
  creationDate: IsoTime,
  objects: z.record(z.string(), S3ObjectSchema),
  /** The bucket policy (JSON text), a resource policy the engine evaluates. */
  policy: z.string().optional(),
});
export type Bucket = z.infer<typeof BucketSchema>;

/** One CloudWatch Logs event; times are epoch ms, as the Logs API gives them. */
export const LogEventSchema = z.object({ timestamp: z.number(), message: z.string(), ingestionTime: z.number() });
export type LogEvent = z.infer<typeof LogEventSchema>;

export const LogStreamSchema = z.object({
  logStreamName: z.string(),
  creationTime: z.number(),
  /** Oldest first; capped (MAX_EVENTS_PER_STREAM in services/logs/put-log-events.ts) so a stored world stays small. */
  events: z.array(LogEventSchema),
});
export type LogStream = z.infer<typeof LogStreamSchema>;

export const LogGroupSchema = z.object({
  logGroupName: z.string(),
  creationTime: z.number(),
  retentionInDays: z.number().int().optional(),
  streams: z.record(z.string(), LogStreamSchema),
});
export type LogGroup = z.infer<typeof LogGroupSchema>;

export const LambdaBehaviourSchema = z.enum(['hello', 'list-buckets', 'dynamodb-put-get']);
export type LambdaBehaviour = z.infer<typeof LambdaBehaviourSchema>;

export const LambdaFunctionSchema = z.object({
  functionName: z.string(),
  functionArn: z.string(),
  runtime: z.string(),
  /** The execution role's ARN. */
  role: z.string(),
  handler: z.string(),
  description: z.string(),
  timeout: z.number().int(),
  memorySize: z.number().int(),
  /** What the simulated code does (the simulator's stand-in for the deployment package). */
  behaviour: LambdaBehaviourSchema,
  /** Lambda's own format: "2026-01-15T09:00:00.000+0000". */
  lastModified: z.string(),
  codeSha256: z.string(),
  codeSize: z.number().int(),
  revisionId: z.string(),
  /** The warm execution environment: its log stream and last use (epoch ms). A configuration change discards it. */
  environment: z.object({ logStreamName: z.string(), startedAt: z.number(), lastInvokedAt: z.number() }).optional(),
});
export type LambdaFunction = z.infer<typeof LambdaFunctionSchema>;

/** The account's custom password policy (UpdateAccountPasswordPolicy's fields); absent: IAM's default rules. */
export const PasswordPolicySchema = z.object({
  minimumPasswordLength: z.number().int().min(6).max(128),
  requireSymbols: z.boolean(),
  requireNumbers: z.boolean(),
  requireUppercaseCharacters: z.boolean(),
  requireLowercaseCharacters: z.boolean(),
  allowUsersToChangePassword: z.boolean(),
  /** Days; 0: passwords never expire. */
  maxPasswordAge: z.number().int().min(0).max(1095),
  /** How many earlier passwords may not be used again; 0: any. */
  passwordReusePrevention: z.number().int().min(0).max(24),
  hardExpiry: z.boolean(),
});
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>;

/** The account's root user: its email and its password's salted hash (never the password). */
export const RootUserSchema = z.object({
  email: z.string().email(),
  passwordHash: PasswordHash,
  passwordLastUsed: z.string().optional(),
});

export const AccountSchema = z.object({
  id: z.string(),
  alias: z.string().optional(),
  /** Optional: worlds stored before sign-in existed, and accounts nobody can sign in to as root. */
  root: RootUserSchema.optional(),
  iam: z.object({
    /** Optional so worlds stored before password policies existed stay valid. */
    passwordPolicy: PasswordPolicySchema.optional(),
    users: z.record(z.string(), UserSchema),
    groups: z.record(z.string(), GroupSchema),
    roles: z.record(z.string(), RoleSchema),
    policies: z.record(z.string(), ManagedPolicySchema),
    instanceProfiles: z.record(z.string(), InstanceProfileSchema),
  }),
  regions: z.record(z.string(), z.object({
    ec2: z.object({
      instances: z.record(z.string(), InstanceSchema),
      /** Optional so worlds stored before key pairs existed stay valid. */
      keyPairs: z.record(z.string(), KeyPairSchema).optional(),
    }),
    /** Optional so worlds stored before CloudWatch Logs and Lambda existed stay valid (no version bump). */
    logs: z.object({ logGroups: z.record(z.string(), LogGroupSchema) }).optional(),
    lambda: z.object({ functions: z.record(z.string(), LambdaFunctionSchema) }).optional(),
    /** Optional in the same way: worlds stored before DynamoDB existed stay valid. */
    dynamodb: z.object({ tables: z.record(z.string(), DynamoTableSchema) }).optional(),
    /** CloudFormation's stacks by stack ID (deleted ones stay, as ListStacks shows them for 90 days). */
    cloudformation: z.object({ stacks: z.record(z.string(), StackSchema) }).optional(),
  })),
  s3: z.object({ buckets: z.record(z.string(), BucketSchema) }),
});
export type Account = z.infer<typeof AccountSchema>;

export const WorldSchema = z.object({
  schemaVersion: z.literal(1),
  seed: z.number().int().nonnegative(),
  clock: z.object({ now: z.number() }),
  revision: z.number().int().nonnegative(),
  accounts: z.record(z.string(), AccountSchema),
  events: z.array(CloudEventSchema),
});
export type World = z.infer<typeof WorldSchema>;
