import { describe, it, expect } from 'vitest';
import { cidrContains, parseAddress, parseCidr } from './ip';

const inside = (cidr: string, address: string) => {
  const c = parseCidr(cidr);
  const a = parseAddress(address);
  return c !== undefined && a !== undefined && cidrContains(c, a);
};

describe('CIDR matching', () => {
  it.each([
    ['10.0.0.0/8', '10.255.1.2', true],
    ['10.0.0.0/8', '11.0.0.1', false],
    ['192.0.2.0/25', '192.0.2.127', true],
    ['192.0.2.0/25', '192.0.2.128', false],
    ['0.0.0.0/0', '8.8.8.8', true],
    ['203.0.113.5', '203.0.113.5', true],
    ['2001:db8::/32', '2001:db8:ffff::1', true],
    ['2001:db8::/32', '2001:db9::1', false],
    ['2001:db8:1234:5600::/56', '2001:db8:1234:56ff::1', true],
    ['::ffff:10.0.0.0/104', '::ffff:10.1.2.3', true],
    ['10.0.0.0/8', '2001:db8::1', false],
  ])('%s contains %s: %s', (cidr, address, expected) => {
    expect(inside(cidr, address)).toBe(expected);
  });

  it('rejects malformed blocks and addresses', () => {
    expect(parseCidr('10.0.0.0/33')).toBeUndefined();
    expect(parseCidr('10.0.0/8')).toBeUndefined();
    expect(parseCidr('256.0.0.0/8')).toBeUndefined();
    expect(parseAddress('1:2:3')).toBeUndefined();
    expect(parseAddress('1::2::3')).toBeUndefined();
  });
});
