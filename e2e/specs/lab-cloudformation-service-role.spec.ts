import { play } from '../labs/cloudformation-service-role';
import { startLab } from '../labs/start-lab';
import { expect, test } from '../fixtures/test';

// @ko: the lab's steps and the console's labels are what a Korean learner reads.
test('lab "CloudFormation deploys with a role": every step ticks itself as the learner works, and the lab completes @ko', async ({ page, t }) => {
  const labs = await startLab(page, t, 'cloudformation-service-role', 'create-role');
  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
