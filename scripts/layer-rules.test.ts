import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints small snippets as if they lived at these paths, with the project's real eslint.config.js.
const eslint = new ESLint({ cwd: process.cwd() });

async function importErrors(path: string, code: string) {
  const [result] = await eslint.lintText(code + '\nexport {};\n', { filePath: path });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// The first lint loads the whole type-aware config: seconds, more on a busy machine (seen: 9.6 s).
describe('layer boundaries of ARCHITECTURE.md', { timeout: 30_000 }, () => {
  it('keeps React, zustand and the app out of src/cloud', async () => {
    expect(await importErrors('src/cloud/core/x.ts', "import { create } from 'zustand';")).toHaveLength(1);
    expect(await importErrors('src/cloud/core/x.ts', "import { useState } from 'react';")).toHaveLength(1);
    expect(await importErrors('src/cloud/core/x.ts', "import { useConsoleStore } from '../../store/console-store';")).toHaveLength(1);
    expect(await importErrors('src/cloud/core/x.ts', "import { evaluate } from '../policy/evaluate';")).toEqual([]);
  });

  it('lets features import only types from src/cloud, and never the store', async () => {
    expect(await importErrors('src/features/iam/x.tsx', "import { dispatch } from '../../cloud/core/dispatch';")).toHaveLength(1);
    expect(await importErrors('src/features/iam/x.tsx', "import type { World } from '../../cloud/core/world';")).toEqual([]);
    expect(await importErrors('src/features/iam/x.tsx', "import { useConsoleStore } from '../../store/console-store';")).toHaveLength(1);
    expect(await importErrors('src/features/iam/x.tsx', "import { useListRoles } from '../../api/iam/list-roles';")).toEqual([]);
  });

  it('forbids one feature importing another', async () => {
    expect(await importErrors('src/features/iam/roles-list/x.tsx', "import { A } from '../../ec2/instances-list/a';")).toHaveLength(1);
    expect(await importErrors('src/features/iam/roles-list/x.tsx', "import { A } from '../trusted-entities';")).toEqual([]);
  });

  it('keeps the store and api below the features and the app', async () => {
    expect(await importErrors('src/store/x.ts', "import { A } from '../api/call-as-console';")).toHaveLength(1);
    expect(await importErrors('src/api/x.ts', "import { A } from '../features/home/home-page';")).toHaveLength(1);
    expect(await importErrors('src/api/x.ts', "import { A } from '../store/console-store';")).toEqual([]);
  });
});
