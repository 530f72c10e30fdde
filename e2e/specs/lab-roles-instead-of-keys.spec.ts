import { play } from '../labs/roles-instead-of-keys';
import { startLab } from '../labs/start-lab';
import { expect, test } from '../fixtures/test';

test(`lab "Roles instead of access keys": every step ticks itself as the learner works, and the lab completes`, async ({ page, t }) => {
  const labs = await startLab(page, t, 'roles-instead-of-keys', 'create-key');
  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
