import type { DecidingStatement, Decision, Explanation } from '../policy/evaluate';
import { denialError } from './access-denied';
import { isAwsError, type AwsError } from './aws-error';
import { callerAccountId, principalArn, type Caller } from './caller';
import { checkCredentials } from './authorize';
import { decideAccess, type AccessQuestion, type Asker } from './decide-access';
import { nowIso } from './clock';
import { appendEvent, requestText, type CloudEvent, type EventSource } from './events';
import type { HandlerResult, OperationContext, OperationDefinition } from './operation';
import { isOperationName, operations, type OperationName, type OperationOutput } from './registry';
import { validationError } from './validation';
import { settleStacks } from '../services/cloudformation/settle-stacks';
import type { World } from './world';

export type DispatchOptions = {
  source: EventSource;
  region: string;
  /**
   * false: no event. Only for a lab's checks, which read the learner's account on every change and would
   * otherwise push the learner's own calls out of the capped event history.
   */
  record?: boolean;
};

/** Why a request was denied: what the real console never shows, and what learners most need. */
export type DenialExplanation = Explanation & {
  principal: string;
  action: string;
  resource: string;
  /** The policies the engine evaluated, by name: identity, boundary, session, then resource or trust. */
  evaluatedPolicies: string[];
};

export type DispatchResult<O extends OperationName> = {
  world: World;
  result: { ok: true; output: OperationOutput<O> } | { ok: false; error: AwsError; explanation?: DenialExplanation };
};

// IAM is global: its requests are made in (and logged to) us-east-1 whatever region the console shows.
// Console sign-in is logged in us-east-1 when no Region's sign-in endpoint was used (facts §8.1).
const GLOBAL_SERVICE_REGION: Partial<Record<string, string>> = { iam: 'us-east-1', signin: 'us-east-1' };

type Outcome = Pick<CloudEvent, 'resource' | 'decision' | 'decidingStatement'>;

function eventStatement(s: DecidingStatement | undefined): CloudEvent['decidingStatement'] {
  if (!s) return undefined;
  return {
    policyName: s.policyName,
    ...(s.policyArn !== undefined && { policyArn: s.policyArn }),
    statementIndex: s.statementIndex,
    ...(s.sid !== undefined && { sid: s.sid }),
  };
}

function runHandler(def: OperationDefinition, world: World, input: unknown, ctx: OperationContext): HandlerResult<unknown> {
  try {
    return def.handler(world, input, ctx);
  } catch (thrown) {
    if (isAwsError(thrown)) return thrown;
    throw thrown;
  }
}

/**
 * The one way to read or change the simulated cloud: validate, authorize, run, record.
 * Pure: returns a new world (with the event appended) and never mutates the given one.
 */
export function dispatch<O extends OperationName>(
  asked: World,
  caller: Caller,
  operation: O,
  input: unknown,
  options: DispatchOptions,
): DispatchResult<O> {
  if (!isOperationName(operation)) throw new Error(`dispatch: unknown operation '${String(operation)}'`);
  // Work the cloud does by itself (a stack's next steps) happens first; a stack's own calls are that work.
  const world = options.source === 'cloudformation' ? asked : settleStacks(asked);
  const def = operations[operation] as OperationDefinition;
  const accountId = callerAccountId(world, caller);
  const region = GLOBAL_SERVICE_REGION[def.service] ?? options.region;
  const ctx: OperationContext = { caller, accountId, region, now: world.clock.now };
  const principal = principalArn(world, caller);

  const record = (w: World, outcome: Outcome, error?: AwsError) => {
    if (options.record === false) return w;
    const signIn = def.signInEvent?.(ctx, input, world, error === undefined);
    return appendEvent(w, {
      time: nowIso(world), source: options.source, principalArn: signIn?.principalArn ?? principal, accountId: signIn?.accountId ?? accountId, region,
      service: def.service, eventName: def.name, action: def.action, resource: outcome.resource, readOnly: def.access === 'read',
      ...(signIn ? {
        eventType: 'AwsConsoleSignIn' as const,
        responseElements: JSON.stringify(signIn.responseElements), additionalEventData: JSON.stringify(signIn.additionalEventData),
      } : { requestParameters: requestText(def.shownRequest ? def.shownRequest(input) : input, def.sensitive) }),
      ...(outcome.decision !== undefined && { decision: outcome.decision }),
      ...(outcome.decidingStatement !== undefined && { decidingStatement: outcome.decidingStatement }),
      ...(error !== undefined && { errorCode: error.code, errorMessage: error.message }),
    });
  };
  const fail = (error: AwsError, outcome: Outcome): DispatchResult<O> =>
    ({ world: record(world, outcome, error), result: { ok: false, error } });

  // 1 validate (a missing input means "no parameters")
  const parsed = def.input.safeParse(input ?? {}, { reportInput: true });
  if (!parsed.success) return fail(validationError(def.service, def.name, parsed.error.issues, def.sensitive), { resource: '*' });

  // 2 what is asked, on what
  const resource = def.resource(ctx, parsed.data, world);
  const credentialError = checkCredentials(world, caller, def);
  if (credentialError) return fail(credentialError, { resource });

  // 3 authorize: the action (with the resource's own policy or trust policy), then any further action it needs
  let decision: Decision = 'Allowed';
  let decidingStatement: CloudEvent['decidingStatement'];
  if (!def.skipAuthorization && caller.type !== 'service') { // service principals: trusted for now
    const asker: Asker = { caller, principal, accountId, region };
    const questions: AccessQuestion[] = [{
      action: def.action, resource,
      context: def.context?.(ctx, parsed.data, world),
      resourcePolicies: def.resourcePolicies?.(ctx, parsed.data, world),
      resourceAccount: def.resourceAccount?.(ctx, parsed.data, world),
    }, ...(def.additionalChecks?.(ctx, parsed.data, world) ?? [])];
    for (const [index, question] of questions.entries()) {
      const decided = decideAccess(world, asker, question);
      const granted = index === 0 && decided.decision === 'ImplicitlyDenied' && def.grantedWithoutPolicy?.(ctx, parsed.data, world);
      const result = granted ? { ...decided, decision: 'Allowed' as const } : decided;
      if (index === 0 || result.decision !== 'Allowed') { // the event shows the main action's deciding statement
        decision = result.decision;
        decidingStatement = eventStatement(result.explanation.decidingStatements[0]);
      }
      if (result.decision === 'Allowed') continue;
      const error = denialError(def, {
        principal, action: question.action, resource: question.resource, decision: result.decision,
        deniedBy: result.explanation.deniedBy, context: question.context,
      });
      const denied = fail(error, { resource, decision, decidingStatement });
      const { policies } = result;
      const evaluatedPolicies = [...policies.identity, ...(policies.permissionsBoundaries ?? []),
        ...(policies.sessionPolicies ?? []), ...(policies.resourcePolicies ?? [])].map((p) => p.name);
      const explanation = { ...result.explanation, principal, action: question.action, resource: question.resource, evaluatedPolicies };
      return { ...denied, result: { ok: false, error, explanation } };
    }
  }

  // 4 run
  const outcome = runHandler(def, world, parsed.data, ctx);
  if (isAwsError(outcome)) return fail(outcome, { resource, decision, decidingStatement });

  // 5 record; only successful writes move the revision
  const next = def.access === 'write' ? { ...outcome.world, revision: outcome.world.revision + 1 } : outcome.world;
  return {
    world: record(next, { resource, decision, decidingStatement }),
    result: { ok: true, output: outcome.output as OperationOutput<O> },
  };
}
