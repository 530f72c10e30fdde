import type { z } from 'zod';
import type { ConditionContext } from '../policy/conditions';
import type { PolicySource } from '../policy/evaluate';
import type { AwsError } from './aws-error';
import type { Caller } from './caller';
import type { World } from './world';

export type ServiceName = 'iam' | 'sts' | 'ec2' | 's3' | 'logs' | 'lambda' | 'signin' | 'cloudtrail' | 'dynamodb' | 'cloudformation';

/** What a request runs as. accountId is the caller's account; now is the world's clock (epoch ms). */
export type OperationContext = { caller: Caller; accountId: string; region: string; now: number };

/** A handler's answer: the new world and the API output, or a domain error such as NoSuchEntity. */
/** A further action a request needs besides its own (iam:PassRole when EC2 is given a role). */
export type AccessCheck = { action: string; resource: string; context?: ConditionContext };

/** accountId: the account the sign-in belongs to, when the request could not name it (a root user's email). */
export type SignInEvent = { principalArn: string; accountId?: string; responseElements: object; additionalEventData: object };

export type HandlerResult<Out> = { world: World; output: Out } | AwsError;

export type OperationDefinition<S extends z.ZodType = z.ZodType, Out = unknown> = {
  service: ServiceName;
  /** The API operation name, e.g. 'ListRoles'. */
  name: string;
  /** The IAM action that authorizes it, e.g. 'iam:ListRoles' (ListBuckets: 's3:ListAllMyBuckets'). */
  action: string;
  /** Successful writes bump world.revision. */
  access: 'read' | 'write';
  input: S;
  /**
   * Input members that hold a secret (a password): their values never reach an event, where CloudTrail
   * shows HIDDEN_DUE_TO_SECURITY_REASONS, nor a validation message, which then names the member only.
   */
  sensitive?: readonly string[];
  /** The request as its event shows it, when a secret sits deeper than a member (a NoEcho stack parameter). */
  shownRequest?(input: unknown): unknown;
  /**
   * Whether the account grants the main action without any policy (the password policy's "Allow users to
   * change their own password"): an implicit deny then allows, an explicit deny still denies.
   */
  grantedWithoutPolicy?(ctx: OperationContext, input: z.output<S>, world: World): boolean;
  /**
   * A console sign-in event (eventType AwsConsoleSignIn) instead of an API call's: who signed in, shown
   * even though the sign-in service made the call (HIDDEN for a name that matched no user), and
   * CloudTrail's extra fields. The request itself is not recorded, as CloudTrail records none.
   */
  signInEvent?(ctx: OperationContext, input: unknown, world: World, succeeded: boolean): SignInEvent;
  /** Only for calls AWS never authorizes (sts:GetCallerIdentity works even under an explicit deny). */
  skipAuthorization?: boolean;
  /** The resource ARN the request is authorized against ('*' when the action has no resource type). */
  resource(ctx: OperationContext, input: z.output<S>, world: World): string;
  /** Service-specific condition keys (e.g. s3:prefix), added to the global aws:* keys. */
  context?(ctx: OperationContext, input: z.output<S>, world: World): ConditionContext;
  /**
   * The resource's own policies, decided with the identity side in one evaluation: a bucket policy
   * (kind 'resource'), or for sts:AssumeRole the role's trust policy (kind 'role-trust').
   */
  resourcePolicies?(ctx: OperationContext, input: z.output<S>, world: World): PolicySource[] | undefined;
  /** The account that owns the resource when its ARN does not say (S3 buckets); default: the ARN's, else the caller's. */
  resourceAccount?(ctx: OperationContext, input: z.output<S>, world: World): string;
  /** Further actions checked after the main one, each with the caller's policies (iam:PassRole). */
  additionalChecks?(ctx: OperationContext, input: z.output<S>, world: World): AccessCheck[];
  /** Pure: returns a new world and never mutates the one it is given. May return or throw an AwsError. */
  handler(world: World, input: z.output<S>, ctx: OperationContext): HandlerResult<Out>;
};

/** Identity function that lets TypeScript infer an operation's input schema and output type. */
export function defineOperation<S extends z.ZodType, Out>(
  definition: OperationDefinition<S, Out>,
): OperationDefinition<S, Out> {
  return definition;
}
