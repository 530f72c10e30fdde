import { expect, type Page } from '@playwright/test';
import type { Translate } from '../fixtures/test';
import { LabsPanel } from '../pages/labs-panel';

/** Labs (top bar) > a lab's Start > Start lab: the lab's scenario loads and its first step is current. */
export async function startLab(page: Page, t: Translate, labId: string, firstStepId?: string) {
  await page.goto('/');
  const labs = new LabsPanel(page, t);
  await labs.open();
  await labs.start(labId);
  if (firstStepId) await labs.expectCurrent(firstStepId);
  else await expect(labs.page.getByTestId('lab-steps')).toBeVisible();
  return labs;
}
