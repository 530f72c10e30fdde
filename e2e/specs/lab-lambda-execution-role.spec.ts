import { play } from '../labs/lambda-execution-role';
import { startLab } from '../labs/start-lab';
import { expect, test } from '../fixtures/test';

test(`lab "Lambda's execution role": every step ticks itself as the learner works, and the lab completes`, async ({ page, t }) => {
  const labs = await startLab(page, t, 'lambda-execution-role', 'create-function');
  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
