// Issue 8: every registered operation, asked by a caller with no permission, gets the AWS-shaped denial
// and changes nothing. Generated from the registry, so a new operation is covered (or fails for want of
// a sample) without anyone remembering to add it here.
import { describe, expect, it } from 'vitest';
import { decodeAuthorizationMessage } from './access-denied';
import { sampleInput } from './authorization-matrix-samples';
import { ACCOUNT, buildFixture, NO_PERMISSIONS_USER, noPermissionsSession, REGION } from './authorization-matrix-world';
import { principalArn, type Caller } from './caller';
import { dispatch } from './dispatch';
import type { OperationDefinition, ServiceName } from './operation';
import { operations, type OperationName } from './registry';
import type { World } from './world';
import { createNoPermissionsWorld } from '../scenarios/student-variants';

/** Calls AWS answers without asking any policy. Adding one here must be a conscious decision. */
const NEVER_AUTHORIZED: OperationName[] = ['signin:ResolveAccountAlias', 'signin:ConsoleLogin', 'signin:SwitchRole', 'signin:ExitRole', 'sts:GetCallerIdentity'];

/** Each service's denial (facts §7.5): query and REST-XML services say AccessDenied, JSON ones AccessDeniedException. */
const DENIAL: Record<ServiceName, { code: string; httpStatus: number }> = {
  iam: { code: 'AccessDenied', httpStatus: 403 },
  sts: { code: 'AccessDenied', httpStatus: 403 },
  s3: { code: 'AccessDenied', httpStatus: 403 },
  signin: { code: 'AccessDenied', httpStatus: 403 },
  ec2: { code: 'UnauthorizedOperation', httpStatus: 403 },
  logs: { code: 'AccessDeniedException', httpStatus: 400 },
  cloudtrail: { code: 'AccessDeniedException', httpStatus: 400 },
  lambda: { code: 'AccessDeniedException', httpStatus: 403 },
  dynamodb: { code: 'AccessDeniedException', httpStatus: 400 },
  cloudformation: { code: 'AccessDenied', httpStatus: 403 },
};
const EC2_PREFIX = 'You are not authorized to perform this operation.';

const fixture = buildFixture();
const all = Object.keys(operations) as OperationName[];
const definition = (op: OperationName) => operations[op] as OperationDefinition;
const authorized = all.filter((op) => !definition(op).skipAuthorization);
const callers: [string, (world: World) => Caller][] = [
  ['the no-permissions user', () => NO_PERMISSIONS_USER],
  ['a session of a role with no policy', noPermissionsSession],
];

const withoutEvents = (world: World) => ({ ...world, events: [] });

function call(world: World, caller: Caller, op: OperationName) {
  const input = sampleInput(op, fixture);
  if (input === undefined) throw new Error(`${op} has no sample in authorization-matrix-samples.ts`);
  return dispatch(world, caller, op, input, { source: 'cli', region: REGION });
}

/** "User: <arn> is not authorized to perform: <action> [on resource: <resource>] because no identity-based policy allows ...". */
function deniedText(def: OperationDefinition, principal: string, resource: string): string {
  const shown = resource === '*' || def.service === 'ec2' ? '' : def.service === 's3' ? ` on resource: "${resource}"` : ` on resource: ${resource}`;
  return `User: ${principal} is not authorized to perform: ${def.action}${shown} because no identity-based policy allows the ${def.action} action`;
}

describe('authorization matrix (from the operation registry)', () => {
  it('has a sample request for every registered operation', () => {
    const missing = all.filter((op) => sampleInput(op, fixture) === undefined);
    expect(missing, `add a sample to src/cloud/core/authorization-matrix-samples.ts for: ${missing.join(', ')}`).toEqual([]);
  });

  it('asks as the no-permissions scenario\'s student, in a world that also holds one of everything', () => {
    const student = (world: World) => world.accounts[ACCOUNT]?.iam.users.student;
    expect(student(fixture.world)).toEqual(student(createNoPermissionsWorld()));
  });

  it('pins the operations that skip authorization', () => {
    const skipping = all.filter((op) => definition(op).skipAuthorization).sort();
    expect(skipping, 'an operation that skips authorization must be listed in NEVER_AUTHORIZED').toEqual([...NEVER_AUTHORIZED].sort());
  });

  // A sample that fails for an administrator (no such entity, bad input) would prove nothing when denied.
  it.each(all)('%s: the sample is a request an administrator may make', (op) => {
    const { result } = call(fixture.adminWorld, NO_PERMISSIONS_USER, op);
    expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`).toBe('ok');
  });

  describe.each(callers)('as %s', (_label, callerOf) => {
    const world = fixture.world;
    const caller = callerOf(world);
    const principal = principalArn(world, caller);

    it.each(authorized)('%s is denied, AWS-shaped, and changes nothing', (op) => {
      const def = definition(op);
      const { world: next, result } = call(world, caller, op);
      if (result.ok) throw new Error(`${op} succeeded for a caller with no permissions`);
      const { error, explanation } = result;
      expect({ code: error.code, httpStatus: error.httpStatus, operation: error.operation, service: error.service })
        .toEqual({ ...DENIAL[def.service], operation: def.name, service: def.service });

      expect(withoutEvents(next)).toEqual(withoutEvents(world));
      expect(next.events).toHaveLength(world.events.length + 1);
      const event = next.events.at(-1)!;
      expect(event).toMatchObject({
        principalArn: principal, service: def.service, eventName: def.name, action: def.action, source: 'cli',
        decision: 'ImplicitlyDenied', errorCode: error.code, errorMessage: error.message, readOnly: def.access === 'read',
      });
      const { resource } = event;
      expect(resource).toMatch(/^(\*|arn:aws:[a-z0-9-]+:[a-z0-9-]*:(\d{12}|aws)?:.+)$/);
      expect(explanation).toMatchObject({ principal, action: def.action, resource, decision: 'ImplicitlyDenied' });

      if (def.service === 'ec2' && def.access === 'write') {
        // a mutating EC2 call hides the details in the encoded message (facts §7.5)
        const [prefix, encoded = ''] = error.message.split(' Encoded authorization failure message: ');
        expect(prefix).toBe(EC2_PREFIX);
        expect(decodeAuthorizationMessage(encoded)).toEqual({
          allowed: false, explicitDeny: false, context: { principal: { arn: principal }, action: def.action, resource, conditions: [] },
        });
      } else {
        const text = deniedText(def, principal, resource);
        expect(error.message).toBe(def.service === 'ec2' ? `${EC2_PREFIX} ${text}` : text);
      }
    });

    it.each(NEVER_AUTHORIZED)('%s answers without any permission, as in AWS', (op) => {
      const { world: next, result } = call(world, caller, op);
      expect(result.ok ? 'ok' : `${result.error.code}: ${result.error.message}`).toBe('ok');
      // A sign-in event names who signed in (the sample's student), whoever made the call; a switch, the caller.
      const named = op === 'signin:ConsoleLogin' ? `arn:aws:iam::${ACCOUNT}:user/student` : principal;
      expect(next.events.at(-1)).toMatchObject({ principalArn: named, action: definition(op).action, decision: 'Allowed' });
      expect(next.events.at(-1)?.errorCode).toBeUndefined();
    });
  });
});
