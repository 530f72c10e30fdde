// Shared helpers for the DynamoDB tests (plain TypeScript, no vitest import).
import type { AwsError } from '../../core/aws-error';
import type { OperationName } from '../../core/registry';
import type { World } from '../../core/world';
import type { DynamoItem } from '../../core/world-dynamodb';
import { STUDENT } from '../../scenarios/empty';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { ACCOUNT } from '../iam/iam-test-kit';
import { as, asOk } from '../sts/sts-test-kit';

export const REGION = 'ap-northeast-2';
export const NOW = Date.parse('2026-01-15T09:00:00Z');
export const arnOf = (table: string) => `arn:aws:dynamodb:${REGION}:${ACCOUNT}:table/${table}`;

export const ok = <O extends OperationName>(world: World, op: O, input: unknown) => asOk(world, STUDENT, op, input);

/** A call that must fail, leaving the world as it was but for the event. */
export function fail(world: World, op: OperationName, input: unknown): AwsError {
  const { world: next, result } = as(world, STUDENT, op, input);
  if (result.ok) throw new Error(`${op} succeeded unexpectedly`);
  if (next.accounts !== world.accounts || next.seed !== world.seed) throw new Error(`${op} failed but changed the world`);
  return result.error;
}

export const definitions = (...attrs: [string, string][]) => attrs.map(([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }));
export const keySchema = (hash: string, range?: string) =>
  [{ AttributeName: hash, KeyType: 'HASH' }, ...(range ? [{ AttributeName: range, KeyType: 'RANGE' }] : [])];

/** The administrator student's world with an on-demand table `Music` (Artist, SongTitle: strings) holding the items. */
export function withMusic(items: DynamoItem[] = [], world: World = createAdministratorWorld()): World {
  let w = ok(world, 'dynamodb:CreateTable', {
    TableName: 'Music', AttributeDefinitions: definitions(['Artist', 'S'], ['SongTitle', 'S']),
    KeySchema: keySchema('Artist', 'SongTitle'), BillingMode: 'PAY_PER_REQUEST',
  }).world;
  for (const Item of items) w = ok(w, 'dynamodb:PutItem', { TableName: 'Music', Item }).world;
  return w;
}

/** A song item: Artist and SongTitle, plus any other attributes. */
export const song = (artist: string, title: string, extra: DynamoItem = {}): DynamoItem => ({ Artist: { S: artist }, SongTitle: { S: title }, ...extra });
export const musicKey = (artist: string, title: string) => ({ TableName: 'Music', Key: { Artist: { S: artist }, SongTitle: { S: title } } });

export const tableOf = (world: World, name = 'Music') => world.accounts[ACCOUNT]?.regions[REGION]?.dynamodb?.tables[name];
