import { describe, expect, it } from 'vitest';
import type { World } from '../../core/world';
import { updateAccount } from '../../core/world-update';
import { STUDENT } from '../../scenarios/empty';
import { addTable } from '../../scenarios/add-table';
import { createNoPermissionsWorld } from '../../scenarios/student-variants';
import { cloudTrailRecord } from '../cloudtrail/cloudtrail-event';
import { ACCOUNT } from '../iam/iam-test-kit';
import { as } from '../sts/sts-test-kit';
import { arnOf, ok, REGION, withMusic } from './dynamodb-test-kit';

const STUDENT_ARN = `arn:aws:iam::${ACCOUNT}:user/student`;
const KEYS = { TableName: 'Notes', Key: { userName: { S: 'student' } } };

/** The no-permissions student, a table `Notes` (partition key `userName`), and an inline policy if given. */
function studentWith(statements: object[] = []): World {
  const world = addTable(createNoPermissionsWorld(), ACCOUNT, REGION, {
    tableName: 'Notes', partitionKey: ['userName', 'S'], createdAt: '2026-01-15T08:00:00Z',
    items: [{ userName: { S: 'student' }, text: { S: 'mine' } }, { userName: { S: 'alice' }, text: { S: 'hers' } }],
  });
  if (statements.length === 0) return world;
  // Set up by an administrator: the student may not write its own policy.
  const policy = JSON.stringify({ Version: '2012-10-17', Statement: statements });
  return updateAccount(world, ACCOUNT, (a) => { a.iam.users.student!.inlinePolicies = { notes: policy }; });
}

const denied = (world: World, op: Parameters<typeof as>[2], input: object) => {
  const { result } = as(world, STUDENT, op, input);
  if (result.ok) throw new Error(`${op} was allowed`);
  return result.error;
};

describe('DynamoDB access', () => {
  it('denies a user without permission in DynamoDB\'s words, naming the table', () => {
    const world = studentWith();
    expect(denied(world, 'dynamodb:PutItem', { TableName: 'Notes', Item: { userName: { S: 'x' } } })).toEqual({
      code: 'AccessDeniedException', httpStatus: 400, service: 'dynamodb', operation: 'PutItem',
      message: `User: ${STUDENT_ARN} is not authorized to perform: dynamodb:PutItem on resource: ${arnOf('Notes')} `
        + 'because no identity-based policy allows the dynamodb:PutItem action',
    });
    expect(denied(world, 'dynamodb:ListTables', {}).message)
      .toBe(`User: ${STUDENT_ARN} is not authorized to perform: dynamodb:ListTables because no identity-based policy allows the dynamodb:ListTables action`);
  });

  it('says so when an explicit deny decides', () => {
    const world = studentWith([
      { Effect: 'Allow', Action: 'dynamodb:*', Resource: '*' },
      { Effect: 'Deny', Action: 'dynamodb:DeleteTable', Resource: arnOf('Notes') },
    ]);
    expect(ok(world, 'dynamodb:GetItem', KEYS).output.Item?.text).toEqual({ S: 'mine' });
    expect(denied(world, 'dynamodb:DeleteTable', { TableName: 'Notes' }).message)
      .toBe(`User: ${STUDENT_ARN} is not authorized to perform: dynamodb:DeleteTable on resource: ${arnOf('Notes')} `
        + 'with an explicit deny in an identity-based policy');
  });

  it('gives policies dynamodb:LeadingKeys, the partition keys a request touches', () => {
    const world = studentWith([{
      Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'], Resource: arnOf('Notes'),
      Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${aws:username}'] } },
    }]);
    expect(ok(world, 'dynamodb:GetItem', KEYS).output.Item?.text).toEqual({ S: 'mine' });
    expect(denied(world, 'dynamodb:GetItem', { ...KEYS, Key: { userName: { S: 'alice' } } }).code).toBe('AccessDeniedException');
    expect(ok(world, 'dynamodb:PutItem', { TableName: 'Notes', Item: { userName: { S: 'student' }, text: { S: 'new' } } }).output).toEqual({});
    const query = (who: string) => ({ TableName: 'Notes', KeyConditionExpression: 'userName = :o', ExpressionAttributeValues: { ':o': { S: who } } });
    expect(ok(world, 'dynamodb:Query', query('student')).output.Count).toBe(1);
    expect(denied(world, 'dynamodb:Query', query('alice')).code).toBe('AccessDeniedException');
  });

  it('records each call, item calls as CloudTrail data events', () => {
    const world = withMusic([{ Artist: { S: 'Acme' }, SongTitle: { S: 'Hello' } }]);
    const [create, put] = world.events.slice(-2).map(cloudTrailRecord);
    expect(create).toMatchObject({ eventSource: 'dynamodb.amazonaws.com', eventName: 'CreateTable', managementEvent: true, eventCategory: 'Management' });
    expect(put).toMatchObject({ eventSource: 'dynamodb.amazonaws.com', eventName: 'PutItem', managementEvent: false, eventCategory: 'Data', awsRegion: REGION });
    expect(world.events.at(-1)).toMatchObject({ resource: arnOf('Music'), action: 'dynamodb:PutItem', decision: 'Allowed', readOnly: false });
  });
});
