import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../fixtures/test';
import { players } from './players';
import { startLab } from './start-lab';

// Run by `npm run demo -- <lab-id>` (scripts/demo.mjs, e2e/demo.config.ts), never by the e2e suite:
// plays one lab through the UI and saves a screenshot after each step ticks.
const labId = process.env.DEMO_LAB ?? '';
const outDir = process.env.DEMO_OUT ?? join('demo-output', labId);

test(`demo: ${labId}`, async ({ page, t }) => {
  const play = players[labId];
  if (!play) throw new Error(`No player for lab "${labId}"; known: ${Object.keys(players).join(', ')}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  let shots = 0;
  const shoot = async (name: string) => {
    const path = join(outDir, `${String(shots++).padStart(2, '0')}-${name}.png`);
    await page.screenshot({ path });
    console.log(`  ${path}`);
  };

  const labs = await startLab(page, t, labId);
  await shoot('start');
  await play(page, t, async (stepId) => {
    await labs.expectDone(stepId);
    await labs.step(stepId).scrollIntoViewIfNeeded();
    await shoot(stepId);
  });
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
