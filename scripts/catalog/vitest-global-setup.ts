// vitest globalSetup: stop at once, with the fix, when the generated catalogue is missing, instead of
// hundreds of failures about undefined policies.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { MISSING_CATALOG } from '../../src/cloud/catalog/glob-source';
import { GENERATED_DIR } from './node-source';

export default function checkCatalog(): void {
  for (const file of ['services.json', 'managed-policies-index.json', '.stamp']) {
    if (!existsSync(join(GENERATED_DIR, file))) throw new Error(MISSING_CATALOG);
  }
}
