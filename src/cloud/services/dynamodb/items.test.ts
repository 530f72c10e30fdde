import { describe, expect, it } from 'vitest';
import { createAdministratorWorld } from '../../scenarios/student-variants';
import { definitions, fail, keySchema, musicKey, ok, song, tableOf, withMusic } from './dynamodb-test-kit';

const put = (Item: object, extra: object = {}) => ({ TableName: 'Music', Item, ...extra });

describe('DynamoDB items', () => {
  it('puts and gets every attribute type, numbers normalised as DynamoDB returns them', () => {
    const item = song('Acme', 'Hello', {
      Plays: { N: '0100.50' }, Big: { N: '1.5e3' }, Tiny: { N: '-0.000' }, Explicit: { BOOL: false }, Nothing: { NULL: true },
      Tags: { SS: ['pop', 'rock'] }, Ratings: { NS: ['5', '4.0'] }, Cover: { B: 'aGVsbG8=' }, Notes: { S: '' },
      Meta: { M: { label: { S: 'Acme Records' }, tracks: { L: [{ N: '1' }, { S: 'two' }] } } },
    });
    const world = withMusic([item]);
    expect(ok(world, 'dynamodb:GetItem', musicKey('Acme', 'Hello')).output.Item).toEqual({
      ...item, Plays: { N: '100.5' }, Big: { N: '1500' }, Tiny: { N: '0' }, Ratings: { NS: ['5', '4'] },
    });
    expect(ok(world, 'dynamodb:GetItem', musicKey('Acme', 'Missing')).output).toEqual({});
    expect(ok(world, 'dynamodb:GetItem', { ...musicKey('Acme', 'Hello'), ProjectionExpression: 'Plays, Meta.label, #t', ExpressionAttributeNames: { '#t': 'Tags' } }).output.Item)
      .toEqual({ Plays: { N: '100.5' }, Meta: { M: { label: { S: 'Acme Records' } } }, Tags: { SS: ['pop', 'rock'] } });
  });

  it('replaces an item with the same key and returns the old one with ReturnValues ALL_OLD', () => {
    const world = withMusic([song('Acme', 'Hello', { Plays: { N: '1' } })]);
    const { world: next, output } = ok(world, 'dynamodb:PutItem', put(song('Acme', 'Hello', { Year: { N: '2026' } }), { ReturnValues: 'ALL_OLD' }));
    expect(output).toEqual({ Attributes: song('Acme', 'Hello', { Plays: { N: '1' } }) });
    expect(ok(next, 'dynamodb:GetItem', musicKey('Acme', 'Hello')).output.Item).toEqual(song('Acme', 'Hello', { Year: { N: '2026' } }));
    expect(tableOf(next)?.itemCount).toBe(1);
    expect(ok(world, 'dynamodb:PutItem', put(song('Acme', 'New'))).output).toEqual({});
    expect(fail(world, 'dynamodb:PutItem', put(song('Acme', 'New'), { ReturnValues: 'ALL_NEW' })).message).toBe('Return values set to invalid value');
  });

  it('checks the key of an item to write', () => {
    const world = withMusic();
    expect(fail(world, 'dynamodb:PutItem', put({ Artist: { S: 'Acme' } })).message)
      .toBe('One or more parameter values were invalid: Missing the key SongTitle in the item');
    expect(fail(world, 'dynamodb:PutItem', put({ Artist: { N: '1' }, SongTitle: { S: 'x' } })).message)
      .toBe('One or more parameter values were invalid: Type mismatch for key Artist expected: S actual: N');
    expect(fail(world, 'dynamodb:PutItem', put(song('', 'x'))).message)
      .toBe('One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: Artist');
    expect(fail(world, 'dynamodb:PutItem', { TableName: 'Nope', Item: song('a', 'b') })).toMatchObject({
      code: 'ResourceNotFoundException', message: 'Requested resource not found',
    });
  });

  it.each([
    [{ Artist: { S: 'Acme' } }],
    [{ Artist: { S: 'Acme' }, SongTitle: { N: '1' } }],
    [{ Artist: { S: 'Acme' }, SongTitle: { S: 'Hello' }, Year: { N: '1' } }],
    [{ artist: { S: 'Acme' }, SongTitle: { S: 'Hello' } }],
  ])('GetItem and DeleteItem want exactly the key attributes of the key types (%#)', (Key) => {
    const world = withMusic([song('Acme', 'Hello')]);
    for (const op of ['dynamodb:GetItem', 'dynamodb:DeleteItem', 'dynamodb:UpdateItem'] as const) {
      expect(fail(world, op, { TableName: 'Music', Key })).toMatchObject({ code: 'ValidationException', message: 'The provided key element does not match the schema' });
    }
  });

  it.each([
    [{ Year: {} }, 'Supplied AttributeValue is empty, must contain exactly one of the supported datatypes'],
    [{ Year: { S: 'a', N: '1' } }, 'Supplied AttributeValue has more than one datatypes set, must contain exactly one of the supported datatypes'],
    [{ Year: { N: 'twenty' } }, 'A value provided cannot be converted into a number'],
    [{ Year: { N: '1'.repeat(39) } }, 'Attempting to store more than 38 significant digits in a Number'],
    [{ Tags: { SS: [] } }, 'One or more parameter values were invalid: An string set  may not be empty'],
    [{ Tags: { SS: ['a', 'a'] } }, 'One or more parameter values were invalid: Input collection [a, a] contains duplicates.'],
    [{ Gone: { NULL: false } }, 'One or more parameter values were invalid: Null attribute value types must have the value of true'],
  ])('refuses a malformed AttributeValue (%#)', (extra, message) => {
    const error = fail(withMusic(), 'dynamodb:PutItem', put(song('Acme', 'Hello', extra as never)));
    expect([error.code, error.message]).toEqual(['ValidationException', message]);
  });

  it('answers a value of the wrong JSON type as the service\'s parser does', () => {
    expect(fail(withMusic(), 'dynamodb:PutItem', put(song('Acme', 'Hello', { Year: { S: 2026 } as never })))).toMatchObject({
      code: 'SerializationException', message: 'NUMBER_VALUE cannot be converted to String',
    });
  });

  it('deletes an item (a missing one too), returning it with ALL_OLD, and keeps the counts', () => {
    const world = withMusic([song('Acme', 'Hello'), song('Acme', 'World')]);
    const { world: next, output } = ok(world, 'dynamodb:DeleteItem', { ...musicKey('Acme', 'Hello'), ReturnValues: 'ALL_OLD' });
    expect(output).toEqual({ Attributes: song('Acme', 'Hello') });
    expect(ok(next, 'dynamodb:GetItem', musicKey('Acme', 'Hello')).output).toEqual({});
    expect([tableOf(next)?.itemCount, tableOf(next)?.sizeBytes]).toEqual([1, 24]);
    expect(ok(next, 'dynamodb:DeleteItem', musicKey('Acme', 'Hello')).output).toEqual({});
  });

  it('compares numbers by value and strings by code point in keys', () => {
    let world = ok(createAdministratorWorld(), 'dynamodb:CreateTable', {
      TableName: 'Nums', AttributeDefinitions: definitions(['n', 'N']), KeySchema: keySchema('n'), BillingMode: 'PAY_PER_REQUEST',
    }).world;
    world = ok(world, 'dynamodb:PutItem', { TableName: 'Nums', Item: { n: { N: '1.50' }, v: { S: 'first' } } }).world;
    world = ok(world, 'dynamodb:PutItem', { TableName: 'Nums', Item: { n: { N: '15e-1' }, v: { S: 'second' } } }).world;
    expect(tableOf(world, 'Nums')?.itemCount).toBe(1);
    expect(ok(world, 'dynamodb:GetItem', { TableName: 'Nums', Key: { n: { N: '1.5' } } }).output.Item).toEqual({ n: { N: '1.5' }, v: { S: 'second' } });
  });
});
