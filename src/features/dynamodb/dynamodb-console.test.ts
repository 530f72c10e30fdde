import { describe, expect, it } from 'vitest';
import { attributeColumns, attributeText } from './attribute-text';
import { fieldOfError } from './create-table/field-of-error';
import { itemFromRows, newRows, parseItemJson, rowsFromItem } from './item-editor/attribute-rows';
import { keyFromValues, keyValues, tableKeys } from './key-attributes';

const keys = tableKeys({
  KeySchema: [{ AttributeName: 'Artist', KeyType: 'HASH' }, { AttributeName: 'Year', KeyType: 'RANGE' }],
  AttributeDefinitions: [{ AttributeName: 'Artist', AttributeType: 'S' }, { AttributeName: 'Year', AttributeType: 'N' }],
});

describe('DynamoDB console pages', () => {
  it('reads the key schema, and carries an item\'s key through the edit page\'s URL', () => {
    expect(keys).toEqual({ partition: { name: 'Artist', type: 'S' }, sort: { name: 'Year', type: 'N' } });
    const item = { Artist: { S: 'Acme' }, Year: { N: '2026' }, Title: { S: 'Hello' } };
    expect(keyValues(keys, item)).toEqual({ pk: 'Acme', sk: '2026' });
    expect(keyFromValues(keys, { pk: 'Acme', sk: '2026' })).toEqual({ Artist: { S: 'Acme' }, Year: { N: '2026' } });
  });

  it('shows one column per attribute, the keys first, and each value as the items table does', () => {
    expect(attributeColumns([{ Artist: { S: 'a' }, zeta: { N: '1' } }, { Year: { N: '1' }, alpha: { BOOL: true } }], ['Artist', 'Year']))
      .toEqual(['Artist', 'Year', 'alpha', 'zeta']);
    expect([{ S: 'x' }, { N: '1.5' }, { BOOL: false }, { NULL: true }, { SS: ['a', 'b'] }, { M: { n: { N: '1' } } }, undefined].map(attributeText))
      .toEqual(['x', '1.5', 'false', 'null', '["a","b"]', '{"n":{"N":"1"}}', '']);
  });

  it('turns the form\'s rows into an item and back, pointing out what it cannot send', () => {
    const rows = [...newRows(keys), { name: 'Tags', type: 'SS' as const, value: '["a"]' }, { name: 'On', type: 'BOOL' as const, value: 'true' }];
    rows[0]!.value = 'Acme';
    rows[1]!.value = '2026';
    const { item, errors } = itemFromRows(rows);
    expect(errors).toEqual([]);
    expect(item).toEqual({ Artist: { S: 'Acme' }, Year: { N: '2026' }, Tags: { SS: ['a'] }, On: { BOOL: true } });
    expect(rowsFromItem(item, keys)).toEqual(rows.map((r, i) => (i < 2 ? r : { name: r.name, type: r.type, value: r.value })));
    const bad = itemFromRows([...rows, { name: '', type: 'L', value: '[' }, { name: 'On', type: 'S', value: '' }]);
    expect(bad.errors.map((e) => `${e.row} ${e.field} ${e.key}`)).toEqual(['4 name nameRequired', '4 value invalidValueJson', '5 name duplicateName']);
    expect(rowsFromItem({ Artist: { X: 'no such type' } }, keys)).toBeUndefined();
    expect(parseItemJson('[1]')).toEqual({ error: 'notAnObject' });
    expect(parseItemJson('{')).toMatchObject({ error: 'invalidJson' });
  });

  it('puts Create table\'s errors under the field they concern', () => {
    const v = (message: string) => ({ code: 'ValidationException', message });
    expect(fieldOfError(v("1 validation error detected: Value 'a b' at 'tableName' failed to satisfy constraint: ..."))).toBe('tableName');
    expect(fieldOfError({ code: 'ResourceInUseException', message: 'Table already exists: Music' })).toBe('tableName');
    expect(fieldOfError(v('Both the Hash Key and the Range Key element in the KeySchema have the same name'))).toBe('sortKey');
    expect(fieldOfError(v("1 validation error detected: Value '' at 'keySchema.1.attributeName' failed to satisfy constraint: ..."))).toBe('partitionKey');
    expect(fieldOfError({ code: 'AccessDeniedException', message: 'User: ... is not authorized' })).toBeUndefined();
  });
});
