import { play } from '../labs/cloudwatch-logs';
import { startLab } from '../labs/start-lab';
import { expect, test } from '../fixtures/test';

test(`lab "Ship instance logs to CloudWatch": every step ticks itself as the learner works, and the lab completes`, async ({ page, t }) => {
  const labs = await startLab(page, t, 'cloudwatch-logs', 'create-role');
  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
