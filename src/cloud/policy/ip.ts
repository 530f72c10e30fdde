/** IPv4 and IPv6 addresses and CIDR blocks for IpAddress / NotIpAddress, as 16-bit groups. */
type Address = { v6: boolean; groups: number[] };
export type Cidr = Address & { bits: number };

function parseV4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = parts.map((p) => (/^\d{1,3}$/.test(p) ? Number(p) : NaN));
  if (bytes.some((b) => Number.isNaN(b) || b > 255)) return undefined;
  const [a, b, c, d] = bytes as [number, number, number, number];
  return [(a << 8) | b, (c << 8) | d];
}

function parseV6(text: string): number[] | undefined {
  let full = text;
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) { // embedded IPv4 such as ::ffff:10.0.0.1 becomes two groups
    const v4 = parseV4(text.slice(lastColon + 1));
    if (!v4) return undefined;
    full = `${text.slice(0, lastColon + 1)}${(v4[0] as number).toString(16)}:${(v4[1] as number).toString(16)}`;
  }
  const halves = full.split('::');
  if (halves.length > 2) return undefined;
  const group = (s: string) => (s === '' ? [] : s.split(':').map((g) => (/^[0-9a-f]{1,4}$/i.test(g) ? parseInt(g, 16) : NaN)));
  const left = group(halves[0] as string);
  const right = group(halves[1] ?? '');
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const groups = [...left, ...new Array<number>(halves.length === 2 ? missing : 0).fill(0), ...right];
  return groups.some((g) => Number.isNaN(g)) || groups.length !== 8 ? undefined : groups;
}

export function parseAddress(text: string): Address | undefined {
  if (text.includes(':')) {
    const groups = parseV6(text);
    return groups && { v6: true, groups };
  }
  const groups = parseV4(text);
  return groups && { v6: false, groups };
}

/** "10.0.0.0/8", "2001:db8::/32", or a single address (a /32 or /128). */
export function parseCidr(text: string): Cidr | undefined {
  const [addr = '', prefix, extra] = text.trim().split('/');
  if (extra !== undefined) return undefined;
  const address = parseAddress(addr);
  if (!address) return undefined;
  const max = address.v6 ? 128 : 32;
  const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
  return Number.isNaN(bits) || bits > max ? undefined : { ...address, bits };
}

export function cidrContains(cidr: Cidr, address: Address): boolean {
  if (cidr.v6 !== address.v6) return false;
  let left = cidr.bits;
  for (let i = 0; left > 0; i++, left -= 16) {
    const mask = left >= 16 ? 0xffff : (0xffff << (16 - left)) & 0xffff;
    if (((cidr.groups[i] as number) & mask) !== ((address.groups[i] as number) & mask)) return false;
  }
  return true;
}
