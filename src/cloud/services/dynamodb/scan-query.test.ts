import { describe, expect, it } from 'vitest';
import type { World } from '../../core/world';
import type { DynamoItem } from '../../core/world-dynamodb';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { definitions, fail, keySchema, ok, song, withMusic } from './dynamodb-test-kit';

const SONGS = [song('Acme', 'Alpha'), song('Acme', 'Beta', { Plays: { N: '5' } }), song('Acme', 'Gamma', { Plays: { N: '50' } }),
  song('Zed', 'Alpha'), song('Mono', 'Solo', { Plays: { N: '7' } })];

/** Every item of a Scan, page by page. */
function scanAll(world: World, Limit: number): { items: DynamoItem[]; pages: number } {
  const items: DynamoItem[] = [];
  let ExclusiveStartKey: DynamoItem | undefined;
  for (let pages = 1; ; pages++) {
    const page = ok(world, 'dynamodb:Scan', { TableName: 'Music', Limit, ...(ExclusiveStartKey && { ExclusiveStartKey }) }).output;
    items.push(...page.Items ?? []);
    ExclusiveStartKey = page.LastEvaluatedKey;
    if (!ExclusiveStartKey) return { items, pages };
  }
}

const titles = (items: DynamoItem[] | undefined) => (items ?? []).map((i) => `${i.Artist?.S}/${i.SongTitle?.S}`);

describe('DynamoDB Scan', () => {
  it('returns every item once, in a stable order, a page at a time', () => {
    const world = withMusic(SONGS);
    const all = ok(world, 'dynamodb:Scan', { TableName: 'Music' }).output;
    expect([all.Count, all.ScannedCount, all.LastEvaluatedKey]).toEqual([5, 5, undefined]);
    expect(titles(all.Items).sort()).toEqual(titles(SONGS).sort());
    // One artist's songs come together, in sort key order.
    expect(titles(all.Items).filter((t) => t.startsWith('Acme/'))).toEqual(['Acme/Alpha', 'Acme/Beta', 'Acme/Gamma']);
    const paged = scanAll(world, 2);
    expect(titles(paged.items)).toEqual(titles(all.Items));
    expect(paged.pages).toBe(3);
    // A Limit that ends exactly on the last item still gives a LastEvaluatedKey; the page after it is empty.
    const exact = ok(world, 'dynamodb:Scan', { TableName: 'Music', Limit: 5 }).output;
    expect(exact.LastEvaluatedKey).toBeDefined();
    expect(ok(world, 'dynamodb:Scan', { TableName: 'Music', ExclusiveStartKey: exact.LastEvaluatedKey }).output).toEqual({ Items: [], Count: 0, ScannedCount: 0 });
  });

  it('filters after reading (Count against ScannedCount), projects, and counts with Select COUNT', () => {
    const world = withMusic(SONGS);
    const filtered = ok(world, 'dynamodb:Scan', { TableName: 'Music', FilterExpression: 'Plays > :p', ProjectionExpression: 'SongTitle',
      ExpressionAttributeValues: { ':p': { N: '6' } } }).output;
    expect([filtered.Count, filtered.ScannedCount]).toEqual([2, 5]);
    expect(filtered.Items?.map((i) => i.SongTitle?.S).sort()).toEqual(['Gamma', 'Solo']);
    expect(Object.keys(filtered.Items?.[0] ?? {})).toEqual(['SongTitle']);
    expect(ok(world, 'dynamodb:Scan', { TableName: 'Music', Select: 'COUNT' }).output).toEqual({ Count: 5, ScannedCount: 5 });
  });

  it('refuses a starting key of the wrong shape, an index, and a bad Limit', () => {
    const world = withMusic(SONGS);
    expect(fail(world, 'dynamodb:Scan', { TableName: 'Music', ExclusiveStartKey: { Artist: { S: 'Acme' } } }).message)
      .toBe('The provided starting key is invalid: The provided key element does not match the schema');
    expect(fail(world, 'dynamodb:Scan', { TableName: 'Music', IndexName: 'by-year' }).message).toBe('The table does not have the specified index: by-year');
    expect(fail(world, 'dynamodb:Scan', { TableName: 'Music', Limit: 0 }).message)
      .toBe("1 validation error detected: Value '0' at 'limit' failed to satisfy constraint: Member must have value greater than or equal to 1");
  });
});

const acme = (KeyConditionExpression: string, values: object, extra: object = {}) => ({
  TableName: 'Music', KeyConditionExpression, ExpressionAttributeValues: { ...(KeyConditionExpression.includes(':a') && { ':a': { S: 'Acme' } }), ...values }, ...extra,
});

describe('DynamoDB Query', () => {
  it.each([
    ['Artist = :a', {}, ['Alpha', 'Beta', 'Gamma']],
    ['Artist = :a AND SongTitle = :t', { ':t': { S: 'Beta' } }, ['Beta']],
    ['Artist = :a AND SongTitle < :t', { ':t': { S: 'Beta' } }, ['Alpha']],
    ['Artist = :a AND SongTitle <= :t', { ':t': { S: 'Beta' } }, ['Alpha', 'Beta']],
    ['SongTitle > :t AND Artist = :a', { ':t': { S: 'Beta' } }, ['Gamma']],
    [':t <= SongTitle AND Artist = :a', { ':t': { S: 'Beta' } }, ['Beta', 'Gamma']],
    ['Artist = :a AND SongTitle BETWEEN :t AND :u', { ':t': { S: 'B' }, ':u': { S: 'H' } }, ['Beta', 'Gamma']],
    ['Artist = :a AND begins_with(SongTitle, :t)', { ':t': { S: 'Al' } }, ['Alpha']],
  ])('%s', (expression, values, expected) => {
    const output = ok(withMusic(SONGS), 'dynamodb:Query', acme(expression, values)).output;
    expect(output.Items?.map((i) => i.SongTitle?.S)).toEqual(expected);
    expect(output.ScannedCount).toBe(expected.length);
  });

  it('reads backwards with ScanIndexForward false, and pages with Limit', () => {
    const world = withMusic(SONGS);
    expect(ok(world, 'dynamodb:Query', acme('Artist = :a', {}, { ScanIndexForward: false })).output.Items?.map((i) => i.SongTitle?.S))
      .toEqual(['Gamma', 'Beta', 'Alpha']);
    const first = ok(world, 'dynamodb:Query', acme('Artist = :a', {}, { ScanIndexForward: false, Limit: 2 })).output;
    expect(first.LastEvaluatedKey).toEqual({ Artist: { S: 'Acme' }, SongTitle: { S: 'Beta' } });
    const rest = ok(world, 'dynamodb:Query', acme('Artist = :a', {}, { ScanIndexForward: false, ExclusiveStartKey: first.LastEvaluatedKey })).output;
    expect(rest.Items?.map((i) => i.SongTitle?.S)).toEqual(['Alpha']);
    const filtered = ok(world, 'dynamodb:Query', acme('Artist = :a', { ':p': { N: '10' } }, { FilterExpression: 'Plays < :p' })).output;
    expect([filtered.Count, filtered.ScannedCount]).toEqual([1, 3]);
  });

  it('orders a numeric sort key by value', () => {
    let world = ok(createAdministratorWorld(), 'dynamodb:CreateTable', {
      TableName: 'Scores', AttributeDefinitions: definitions(['player', 'S'], ['score', 'N']), KeySchema: keySchema('player', 'score'), BillingMode: 'PAY_PER_REQUEST',
    }).world;
    for (const score of ['10', '9', '-3', '100.5', '2']) world = ok(world, 'dynamodb:PutItem', { TableName: 'Scores', Item: { player: { S: 'p' }, score: { N: score } } }).world;
    const output = ok(world, 'dynamodb:Query', { TableName: 'Scores', KeyConditionExpression: 'player = :p AND score >= :min',
      ExpressionAttributeValues: { ':p': { S: 'p' }, ':min': { N: '2' } } }).output;
    expect(output.Items?.map((i) => i.score?.N)).toEqual(['2', '9', '10', '100.5']);
  });

  it.each([
    ['SongTitle = :t', { ':t': { S: 'x' } }, 'Query condition missed key schema element: Artist'],
    ['Artist = :a OR SongTitle = :t', { ':t': { S: 'x' } }, 'Invalid operator used in KeyConditionExpression: OR'],
    ['Artist = :a AND attribute_exists(SongTitle)', {}, 'Invalid operator used in KeyConditionExpression: attribute_exists'],
    ['Artist = :a AND Plays > :t', { ':t': { N: '1' } }, 'Query key condition not supported'],
    ['Artist > :a', {}, 'Query key condition not supported'],
    ['Artist = :a AND SongTitle = :t', { ':t': { N: '1' } }, 'One or more parameter values were invalid: Condition parameter type does not match schema type'],
    ['Artist = :a AND Artist = :a', {}, 'KeyConditionExpressions must only contain one condition per key'],
    ['Artist = :a AND SongTitle BETWEEN :u AND :t', { ':t': { S: 'a' }, ':u': { S: 'b' } },
      'Invalid KeyConditionExpression: The BETWEEN operator requires upper bound to be greater than or equal to lower bound; lower bound operand: AttributeValue: {S:b}, upper bound operand: AttributeValue: {S:a}'],
  ])('refuses %s', (expression, values, message) => {
    const error = fail(withMusic(SONGS), 'dynamodb:Query', acme(expression, values));
    expect([error.code, error.message]).toEqual(['ValidationException', message]);
  });

  it('needs a key condition, and a starting key inside it', () => {
    const world = withMusic(SONGS);
    expect(fail(world, 'dynamodb:Query', { TableName: 'Music' }).message)
      .toBe('Either the KeyConditions or KeyConditionExpression parameter must be specified in the request.');
    expect(fail(world, 'dynamodb:Query', acme('Artist = :a', {}, { ExclusiveStartKey: song('Zed', 'Alpha') })).message)
      .toBe('The provided starting key is outside query boundaries based on provided conditions');
  });
});
