import { describe, expect, it } from 'vitest';
import { fail, musicKey, ok, song, withMusic } from './dynamodb-test-kit';

const world = () => withMusic([song('Acme', 'Hello', { Plays: { N: '10' }, Tags: { SS: ['pop'] }, Genre: { S: 'Synth pop' } })]);
const putIf = (ConditionExpression: string, values?: object, names?: object) => ({
  TableName: 'Music', Item: song('Acme', 'Hello'), ConditionExpression,
  ...(values && { ExpressionAttributeValues: values }), ...(names && { ExpressionAttributeNames: names }),
});

describe('DynamoDB condition expressions', () => {
  it('attribute_not_exists keeps an item from being overwritten; attribute_exists needs it there', () => {
    const error = fail(world(), 'dynamodb:PutItem', putIf('attribute_not_exists(Artist)'));
    expect(error).toMatchObject({ code: 'ConditionalCheckFailedException', message: 'The conditional request failed', httpStatus: 400 });
    expect(ok(world(), 'dynamodb:PutItem', { ...putIf('attribute_not_exists(Artist)'), Item: song('Acme', 'New') }).output).toEqual({});
    expect(fail(world(), 'dynamodb:DeleteItem', { ...musicKey('Acme', 'Other'), ConditionExpression: 'attribute_exists(Artist)' }).code)
      .toBe('ConditionalCheckFailedException');
  });

  it.each([
    ['Plays = :ten', true], ['Plays <> :ten', false], ['Plays > :five AND Plays < :twenty', true], ['Plays <= :five OR NOT (Plays >= :ten)', false],
    ['Plays BETWEEN :five AND :ten', true], ['Plays IN (:five, :twenty)', false], ['begins_with(Genre, :synth)', true],
    ['contains(Genre, :pop) AND contains(Tags, :pop)', true], ['size(Genre) = :nine', true], ['attribute_type(Plays, :n)', true],
    ['Missing = :ten OR Missing <> :ten', true], ['#p = :ten', true], ['Plays > :synth', false],
  ])('%s is %s', (expression, expected) => {
    const all = { ':five': { N: '5' }, ':ten': { N: '10.0' }, ':twenty': { N: '20' }, ':synth': { S: 'Synth' }, ':pop': { S: 'pop' }, ':nine': { N: '9' }, ':n': { S: 'N' } };
    const used = Object.fromEntries(Object.entries(all).filter(([k]) => new RegExp(`${k}\\b`).test(expression)));
    const input = putIf(expression, used, expression.includes('#p') ? { '#p': 'Plays' } : undefined);
    if (expected) expect(ok(world(), 'dynamodb:PutItem', input).output).toEqual({});
    else expect(fail(world(), 'dynamodb:PutItem', input).code).toBe('ConditionalCheckFailedException');
  });

  it.each([
    ['attribute_not_exists(Artist)', { ':x': { S: 'a' } }, undefined, 'Value provided in ExpressionAttributeValues unused in expressions: keys: {:x}'],
    ['attribute_not_exists(Artist)', undefined, { '#n': 'x' }, 'Value provided in ExpressionAttributeNames unused in expressions: keys: {#n}'],
    ['Plays = :v', undefined, undefined, 'Invalid ConditionExpression: An expression attribute value used in expression is not defined; attribute value: :v'],
    ['attribute_exists(#n)', undefined, undefined, 'Invalid ConditionExpression: An expression attribute name used in the document path is not defined; attribute name: #n'],
    ['attribute_exists(Status)', undefined, undefined, 'Invalid ConditionExpression: Attribute name is a reserved keyword; reserved keyword: Status'],
    ['Plays = = :v', { ':v': { N: '1' } }, undefined, 'Invalid ConditionExpression: Syntax error; token: "=", near: "= = :v"'],
    ['Plays =', undefined, undefined, 'Invalid ConditionExpression: Syntax error; token: "<EOF>", near: "="'],
    ['my-attr = :v', { ':v': { N: '1' } }, undefined, 'Invalid ConditionExpression: Syntax error; token: "-", near: "my-attr"'],
    ['exists(Artist)', undefined, undefined, 'Invalid ConditionExpression: Invalid function name; function: exists'],
    ['begins_with(Genre, :n)', { ':n': { N: '1' } }, undefined, 'Invalid ConditionExpression: Incorrect operand type for operator or function; operator or function: begins_with, operand type: N'],
    ['', undefined, undefined, 'Invalid ConditionExpression: The expression can not be empty;'],
  ])('refuses %j with DynamoDB\'s message', (expression, values, names, message) => {
    const error = fail(world(), 'dynamodb:PutItem', putIf(expression, values, names));
    expect([error.code, error.message]).toEqual(['ValidationException', message]);
  });

  it('refuses placeholders without an expression, or empty', () => {
    expect(fail(world(), 'dynamodb:GetItem', { ...musicKey('Acme', 'Hello'), ExpressionAttributeValues: { ':v': { S: 'x' } } }).message)
      .toBe('ExpressionAttributeValues can only be specified when using expressions');
    expect(fail(world(), 'dynamodb:PutItem', { ...putIf('attribute_exists(Artist)'), ExpressionAttributeNames: {} }).message)
      .toBe('ExpressionAttributeNames must not be empty');
    expect(fail(world(), 'dynamodb:PutItem', putIf('Plays = :v', { ':v': { N: 'x' } })).message)
      .toBe('ExpressionAttributeValues contains invalid value: A value provided cannot be converted into a number for key :v');
  });
});
