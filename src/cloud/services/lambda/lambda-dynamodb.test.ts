import { describe, expect, it } from 'vitest';
import type { World } from '../../core/world';
import { addTable } from '../../scenarios/add-table';
import { STUDENT } from '../../scenarios/empty';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { asOk } from '../sts/sts-test-kit';
import { callSite, EVENT_TEMPLATES, functionSource } from './function-code';
import { ACCOUNT, groupOf, invoke, REGION, withFunction } from './lambda-test-kit';

const TABLE_ARN = `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/Orders`;
// The Test tab's template for this code: {tableName: 'Orders', key: {id: 'order-1'}, item: {id, product: 'Keyboard', quantity: 2}}.
const EVENT = JSON.parse(EVENT_TEMPLATES['dynamodb-put-get']) as { tableName: string; key: object; item: Record<string, unknown> };
const PYTHON = { Runtime: 'python3.13', Handler: 'lambda_function.lambda_handler' };

/** The administrator student's world with an empty Orders table (partition key `id`) and a DynamoDB function. */
function ordersFunction(name = 'orders-fn', extra: object = {}) {
  const world = addTable(createAdministratorWorld(), ACCOUNT, REGION, { tableName: 'Orders', partitionKey: ['id', 'S'], createdAt: '2026-01-15T08:00:00Z' });
  const made = withFunction(world, name, { Behaviour: 'dynamodb-put-get', ...extra });
  return { ...made, session: `arn:aws:sts::${ACCOUNT}:assumed-role/${made.plan.roleName}/${name}` };
}

/** The execution role's inline policy allowing `actions` on `resource`, put by the administrator student. */
function allow(world: World, roleName: string, actions: string[], resource = TABLE_ARN): World {
  const PolicyDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: actions, Resource: resource }] });
  return asOk(world, STUDENT, 'iam:PutRolePolicy', { RoleName: roleName, PolicyName: 'orders-table', PolicyDocument }).world;
}

const test = (world: World, name = 'orders-fn', event: unknown = EVENT) => invoke(world, name, { Payload: JSON.stringify(event) });
const logMessages = (world: World, name = 'orders-fn') =>
  Object.values(groupOf(world, name)?.streams ?? {}).flatMap((s) => s.events.map((e) => e.message));
const storedItem = (world: World, id: string) =>
  world.accounts[ACCOUNT]?.regions[REGION]?.dynamodb?.tables.Orders ? asOk(world, STUDENT, 'dynamodb:GetItem', { TableName: 'Orders', Key: { id: { S: id } } }).output.Item : undefined;
const calls = (before: World, after: World) => after.events.slice(before.events.length)
  .filter((e) => e.action.startsWith('dynamodb:'))
  .map((e) => [e.eventName, e.principalArn, e.source, e.decision, e.resource]);

const denial = (session: string, action: string) =>
  `User: ${session} is not authorized to perform: ${action} on resource: ${TABLE_ARN} because no identity-based policy allows the ${action} action`;

describe('The DynamoDB blueprint code (Node.js)', () => {
  it('fails with AccessDeniedException in the payload and the log group until the role may PutItem', () => {
    const { world, session } = ordersFunction();
    const denied = test(world);
    expect(denied.output).toMatchObject({ StatusCode: 200, FunctionError: 'Unhandled' });
    const payload = JSON.parse(denied.output.Payload);
    expect(payload).toMatchObject({ errorType: 'AccessDeniedException', errorMessage: denial(session, 'dynamodb:PutItem') });
    expect(payload.trace[0]).toBe(`AccessDeniedException: ${denial(session, 'dynamodb:PutItem')}`);
    const put = callSite('nodejs20.x', 'dynamodb-put-get', 'client.send(new PutCommand');
    expect(payload.trace.at(-1)).toBe(`    at async Runtime.handler (file:///var/task/index.mjs:${put.line}:${put.column})`);
    expect(denied.log).toContain(`\tERROR\tInvoke Error \t{"errorType":"AccessDeniedException","errorMessage":"${denial(session, 'dynamodb:PutItem')}"`);
    expect(logMessages(denied.world).some((m) => m.includes('Invoke Error') && m.includes(denial(session, 'dynamodb:PutItem')))).toBe(true);
    // The code stops at the denied PutItem: no GetItem is made.
    expect(calls(world, denied.world)).toEqual([['PutItem', session, 'lambda', 'ImplicitlyDenied', TABLE_ARN]]);
    expect(storedItem(denied.world, 'order-1')).toBeUndefined();
  });

  it('writes the item and reads it back once an inline policy allows PutItem and GetItem on the table', () => {
    const { world, plan, session } = ordersFunction();
    const allowed = allow(world, plan.roleName, ['dynamodb:PutItem', 'dynamodb:GetItem']);
    const run = test(allowed);
    expect(run.output.FunctionError).toBeUndefined();
    const payload = JSON.parse(run.output.Payload);
    expect(payload.statusCode).toBe(200);
    expect(JSON.parse(payload.body)).toEqual({ id: 'order-1', product: 'Keyboard', quantity: 2 });
    expect(run.log).toMatch(/\tINFO\tItem: \{"[a-z]+":/);
    expect(logMessages(run.world).some((m) => m.includes('\tINFO\tItem: {'))).toBe(true);
    expect(storedItem(run.world, 'order-1')).toEqual({ id: { S: 'order-1' }, product: { S: 'Keyboard' }, quantity: { N: '2' } });
    expect(calls(allowed, run.world)).toEqual([
      ['PutItem', session, 'lambda', 'Allowed', TABLE_ARN], ['GetItem', session, 'lambda', 'Allowed', TABLE_ARN],
    ]);
  });

  it('gives the GetItem denial when only PutItem is allowed, with the item already written', () => {
    const { world, plan, session } = ordersFunction();
    const putOnly = allow(world, plan.roleName, ['dynamodb:PutItem']);
    const run = test(putOnly);
    expect(run.output.FunctionError).toBe('Unhandled');
    expect(JSON.parse(run.output.Payload)).toMatchObject({ errorType: 'AccessDeniedException', errorMessage: denial(session, 'dynamodb:GetItem') });
    expect(storedItem(run.world, 'order-1')).toMatchObject({ product: { S: 'Keyboard' } });
    expect(calls(putOnly, run.world).map((c) => [c[0], c[3]])).toEqual([['PutItem', 'Allowed'], ['GetItem', 'ImplicitlyDenied']]);
  });

  it('passes DynamoDB\'s own errors through: a missing table, a key that does not match, an event without a table', () => {
    const { world, plan } = ordersFunction();
    const allowed = allow(world, plan.roleName, ['dynamodb:PutItem', 'dynamodb:GetItem'], `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/*`);
    const missing = JSON.parse(test(allowed, 'orders-fn', { ...EVENT, tableName: 'Nope' }).output.Payload);
    expect(missing).toMatchObject({ errorType: 'ResourceNotFoundException', errorMessage: 'Requested resource not found' });
    const badKey = JSON.parse(test(allowed, 'orders-fn', { ...EVENT, key: { orderId: 'order-1' } }).output.Payload);
    expect(badKey).toMatchObject({ errorType: 'ValidationException', errorMessage: 'The provided key element does not match the schema' });
    const helloEvent = JSON.parse(test(allowed, 'orders-fn', { key1: 'value1' }).output.Payload);
    expect(helloEvent.errorType).toBe('ValidationException');
    expect(helloEvent.errorMessage).toContain("Value null at 'tableName' failed to satisfy constraint: Member must not be null");
    const nullEvent = JSON.parse(test(allowed, 'orders-fn', null).output.Payload);
    expect(nullEvent).toMatchObject({ errorType: 'TypeError', errorMessage: "Cannot read properties of null (reading 'tableName')" });
  });

  it('returns no body when the key finds no item (the document client leaves Item undefined)', () => {
    const { world, plan } = ordersFunction();
    const run = test(allow(world, plan.roleName, ['dynamodb:PutItem', 'dynamodb:GetItem']), 'orders-fn', { ...EVENT, key: { id: 'other' } });
    expect(run.output.Payload).toBe('{"statusCode":200}');
    expect(run.log).toContain('\tINFO\tItem: undefined');
  });
});

describe('The DynamoDB blueprint code (Python)', () => {
  it('raises botocore\'s ClientError with DynamoDB\'s AccessDeniedException text, naming the put_item line', () => {
    const { world, session } = ordersFunction('orders-py', PYTHON);
    const denied = test(world, 'orders-py');
    const message = `An error occurred (AccessDeniedException) when calling the PutItem operation: ${denial(session, 'dynamodb:PutItem')}`;
    expect(denied.output.FunctionError).toBe('Unhandled');
    expect(denied.output.Payload.startsWith(`{"errorMessage": "${message}", "errorType": "ClientError", "requestId": "`)).toBe(true);
    const put = callSite('python3.13', 'dynamodb-put-get', 'table.put_item(');
    expect(put.text).toBe("table.put_item(Item=event['item'])");
    expect(JSON.parse(denied.output.Payload).stackTrace[0])
      .toBe(`  File "/var/task/lambda_function.py", line ${put.line}, in lambda_handler\n    table.put_item(Item=event['item'])\n`);
    expect(denied.log).toContain(`[ERROR] ClientError: ${message}\nTraceback (most recent call last):\n  File "/var/task/lambda_function.py", line ${put.line}`);
    expect(logMessages(denied.world, 'orders-py').some((m) => m.startsWith(`[ERROR] ClientError: ${message}`))).toBe(true);
    expect(denied.log).not.toContain('list_buckets');
  });

  it('names the get_item call when only PutItem is allowed, and returns numbers as Decimal text once both are', () => {
    const { world, plan, session } = ordersFunction('orders-py', PYTHON);
    const putOnly = test(allow(world, plan.roleName, ['dynamodb:PutItem']), 'orders-py');
    const payload = JSON.parse(putOnly.output.Payload);
    expect(payload.errorMessage).toBe(`An error occurred (AccessDeniedException) when calling the GetItem operation: ${denial(session, 'dynamodb:GetItem')}`);
    expect(payload.stackTrace[0]).toContain("response = table.get_item(Key=event['key'])");
    expect(storedItem(putOnly.world, 'order-1')).toBeDefined();

    const both = test(allow(putOnly.world, plan.roleName, ['dynamodb:PutItem', 'dynamodb:GetItem']), 'orders-py', { ...EVENT, item: { ...EVENT.item, note: '한글' } });
    expect(both.output.FunctionError).toBeUndefined();
    const body = JSON.parse(both.output.Payload).body as string;
    expect(JSON.parse(body)).toEqual({ id: 'order-1', product: 'Keyboard', quantity: '2', note: '한글' });
    expect(body).toContain('"quantity": "2"'); // json.dumps spacing; the Decimal written by default=str
    expect(body).toContain('"note": "\\ud55c\\uae00"'); // ensure_ascii
    expect(both.output.Payload.startsWith('{"statusCode": 200, "body": "{')).toBe(true);
    expect(both.log).toContain('\nItem: {');
  });

  it('fails as boto3 does before any request: KeyError, a float, a parameter of the wrong type', () => {
    const { world, plan } = ordersFunction('orders-py', PYTHON);
    const allowed = allow(world, plan.roleName, ['dynamodb:PutItem', 'dynamodb:GetItem']);
    const run = (event: unknown) => {
      const out = test(allowed, 'orders-py', event);
      expect(out.world.events.slice(allowed.events.length).filter((e) => e.action.startsWith('dynamodb:'))).toEqual([]);
      return JSON.parse(out.output.Payload);
    };
    expect(run({ key1: 'value1' })).toMatchObject({ errorType: 'KeyError', errorMessage: "'tableName'" });
    expect(run({ ...EVENT, item: { id: 'order-1', price: 9.99 } }))
      .toMatchObject({ errorType: 'TypeError', errorMessage: 'Float types are not supported. Use Decimal types instead.' });
    expect(run({ ...EVENT, item: 'order-1' })).toMatchObject({
      errorType: 'ParamValidationError',
      errorMessage: "Parameter validation failed:\nInvalid type for parameter Item, value: order-1, type: <class 'str'>, valid types: <class 'dict'>",
    });
    expect(run([1])).toMatchObject({ errorType: 'TypeError', errorMessage: 'list indices must be integers or slices, not str' });
  });

  it('shows realistic source for both runtimes in the Code tab', () => {
    expect(functionSource('python3.13', 'dynamodb-put-get').code).toContain("dynamodb = boto3.resource('dynamodb')");
    expect(functionSource('nodejs22.x', 'dynamodb-put-get').code).toContain("from '@aws-sdk/lib-dynamodb'");
    expect(functionSource('nodejs22.x', 'dynamodb-put-get').fileName).toBe('index.mjs');
  });
});
