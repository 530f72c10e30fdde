import { describe, expect, it } from 'vitest';
import { addNumbers, compareNumbers, normalizeNumber } from './dynamodb-number';

describe('DynamoDB numbers', () => {
  it.each([
    ['0', '0'], ['-0.0', '0'], ['007', '7'], ['1.50', '1.5'], ['+2', '2'], ['1e3', '1000'], ['-1.25E-2', '-0.0125'], ['.5', '0.5'], ['5.', '5'],
    ['12345678901234567890123456789012345678', '12345678901234567890123456789012345678'], ['1e125', `1${'0'.repeat(125)}`],
  ])('normalises %s to %s', (text, canonical) => {
    expect(normalizeNumber(text)).toBe(canonical);
  });

  it.each([
    ['abc', 'A value provided cannot be converted into a number'], ['', 'A value provided cannot be converted into a number'],
    ['1.2.3', 'A value provided cannot be converted into a number'],
    ['1234567890123456789012345678901234567890', 'Attempting to store more than 38 significant digits in a Number'],
    ['1e126', 'Number overflow. Attempting to store a number with magnitude larger than supported range'],
    ['1e-131', 'Number underflow. Attempting to store a number with magnitude smaller than supported range'],
  ])('refuses %s', (text, message) => {
    expect(() => normalizeNumber(text)).toThrow(message);
  });

  it('compares and adds exactly, beyond what a double holds', () => {
    expect([compareNumbers('10', '9'), compareNumbers('-0.5', '-0.25'), compareNumbers('2.50', '2.5')]).toEqual([1, -1, 0]);
    expect(addNumbers('0.1', '0.2')).toBe('0.3');
    expect(addNumbers('9007199254740993', '1')).toBe('9007199254740994');
    expect(addNumbers('1', '1.5', true)).toBe('-0.5');
    expect(addNumbers('-0.5', '0.5')).toBe('0');
  });
});
