import { describe, expect, it } from 'vitest';
import type { World } from '../../core/world';
import { fail, musicKey, ok, song, withMusic } from './dynamodb-test-kit';

const start = () => withMusic([song('Acme', 'Hello', {
  Plays: { N: '10' }, Tags: { SS: ['pop', 'rock'] }, Old: { S: 'x' }, Meta: { M: { label: { S: 'Acme' } } }, Credits: { L: [{ S: 'a' }] },
})]);
const update = (world: World, UpdateExpression: string, values?: object, extra: object = {}) =>
  ok(world, 'dynamodb:UpdateItem', { ...musicKey('Acme', 'Hello'), UpdateExpression, ...(values && { ExpressionAttributeValues: values }), ...extra });
const updateError = (UpdateExpression: string, values?: object, key = musicKey('Acme', 'Hello')) =>
  fail(start(), 'dynamodb:UpdateItem', { ...key, UpdateExpression, ...(values && { ExpressionAttributeValues: values }) });

describe('DynamoDB UpdateItem', () => {
  it('SETs and REMOVEs attributes, returning ALL_NEW', () => {
    const { output } = update(start(), 'SET Released = :y, Plays = Plays + :one REMOVE Old', { ':y': { N: '2026' }, ':one': { N: '1' } }, { ReturnValues: 'ALL_NEW' });
    expect(output.Attributes).toEqual(song('Acme', 'Hello', {
      Plays: { N: '11' }, Tags: { SS: ['pop', 'rock'] }, Meta: { M: { label: { S: 'Acme' } } }, Credits: { L: [{ S: 'a' }] }, Released: { N: '2026' },
    }));
  });

  it('returns the touched attributes with UPDATED_OLD and UPDATED_NEW, nothing by default', () => {
    const values = { ':y': { N: '2026' }, ':p': { N: '0.5' } };
    expect(update(start(), 'SET Released = :y, Plays = Plays - :p', values).output).toEqual({});
    expect(update(start(), 'SET Released = :y, Plays = Plays - :p', values, { ReturnValues: 'UPDATED_OLD' }).output).toEqual({ Attributes: { Plays: { N: '10' } } });
    expect(update(start(), 'SET Released = :y, Plays = Plays - :p', values, { ReturnValues: 'UPDATED_NEW' }).output)
      .toEqual({ Attributes: { Released: { N: '2026' }, Plays: { N: '9.5' } } });
  });

  it('creates the item from its key when it is not there', () => {
    const { world } = ok(start(), 'dynamodb:UpdateItem', { ...musicKey('Acme', 'New'), UpdateExpression: 'SET Plays = if_not_exists(Plays, :zero) + :one',
      ExpressionAttributeValues: { ':zero': { N: '0' }, ':one': { N: '1' } } });
    expect(ok(world, 'dynamodb:GetItem', musicKey('Acme', 'New')).output.Item).toEqual(song('Acme', 'New', { Plays: { N: '1' } }));
    expect(ok(start(), 'dynamodb:UpdateItem', musicKey('Acme', 'Bare')).output).toEqual({});
  });

  it('ADDs to numbers and sets, DELETEs from sets, appends to lists and sets nested paths', () => {
    const added = update(start(), 'ADD Plays :five, Tags :more SET Credits = list_append(Credits, :c), Meta.#y = :y',
      { ':five': { N: '5' }, ':more': { SS: ['jazz', 'pop'] }, ':c': { L: [{ S: 'b' }] }, ':y': { N: '1999' } },
      { ReturnValues: 'ALL_NEW', ExpressionAttributeNames: { '#y': 'Year' } });
    expect(added.output.Attributes).toMatchObject({
      Plays: { N: '15' }, Tags: { SS: ['pop', 'rock', 'jazz'] }, Credits: { L: [{ S: 'a' }, { S: 'b' }] }, Meta: { M: { label: { S: 'Acme' }, Year: { N: '1999' } } },
    });
    const deleted = update(added.world, 'DELETE Tags :gone', { ':gone': { SS: ['rock', 'jazz', 'folk'] } }, { ReturnValues: 'UPDATED_NEW' });
    expect(deleted.output).toEqual({ Attributes: { Tags: { SS: ['pop'] } } });
    expect(update(deleted.world, 'DELETE Tags :pop', { ':pop': { SS: ['pop'] } }, { ReturnValues: 'ALL_NEW' }).output.Attributes).not.toHaveProperty('Tags');
    const removed = update(start(), 'REMOVE Credits[0], Meta.label', undefined, { ReturnValues: 'ALL_NEW' }).output.Attributes;
    expect([removed?.Credits, removed?.Meta]).toEqual([{ L: [] }, { M: {} }]);
  });

  it.each([
    ['SET Artist = :v', { ':v': { S: 'x' } }, 'One or more parameter values were invalid: Cannot update attribute Artist. This attribute is part of the key'],
    ['SET Plays = :v, Plays = :v', { ':v': { N: '1' } }, 'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [Plays], path two: [Plays]'],
    ['ADD Tags :v DELETE Tags :v', { ':v': { SS: ['a'] } }, 'Invalid UpdateExpression: Two document paths overlap with each other; must remove or rewrite one of these paths; path one: [Tags], path two: [Tags]'],
    ['SET Plays = :v SET Released = :v', { ':v': { N: '1' } }, 'Invalid UpdateExpression: The "SET" section can only be used once in an update expression;'],
    ['SET Plays = Missing + :v', { ':v': { N: '1' } }, 'The provided expression refers to an attribute that does not exist in the item'],
    ['SET Plays = Old + :v', { ':v': { N: '1' } }, 'An operand in the update expression has an incorrect data type'],
    ['ADD Tags :v', { ':v': { NS: ['1'] } }, 'An operand in the update expression has an incorrect data type'],
    ['SET Nowhere.deep = :v', { ':v': { N: '1' } }, 'The document path provided in the update expression is invalid for update'],
    ['UPSERT Plays = :v', { ':v': { N: '1' } }, 'Invalid UpdateExpression: Syntax error; token: "UPSERT", near: "UPSERT Plays"'],
    // A syntax error is reported before the undefined :v.
    ['SET Plays = :v,', undefined, 'Invalid UpdateExpression: Syntax error; token: "<EOF>", near: ","'],
    ['', undefined, 'Invalid UpdateExpression: The expression can not be empty;'],
  ])('refuses %j', (expression, values, message) => {
    const error = updateError(expression, values);
    expect([error.code, error.message]).toEqual(['ValidationException', message]);
  });

  it('updates only when the condition holds', () => {
    const input = { ...musicKey('Acme', 'Hello'), UpdateExpression: 'SET Plays = :v', ConditionExpression: 'Plays < :v', ExpressionAttributeValues: { ':v': { N: '5' } } };
    expect(fail(start(), 'dynamodb:UpdateItem', input).code).toBe('ConditionalCheckFailedException');
    expect(ok(start(), 'dynamodb:UpdateItem', { ...input, ExpressionAttributeValues: { ':v': { N: '50' } } }).output).toEqual({});
  });
});
