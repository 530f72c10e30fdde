import { play } from '../labs/cross-account';
import { startLab } from '../labs/start-lab';
import { expect, test } from '../fixtures/test';

test(`lab "Cross-account access into acme-prod": every step ticks itself as the learner works, and the lab completes`, async ({ page, t }) => {
  const labs = await startLab(page, t, 'cross-account', 'switch');
  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
