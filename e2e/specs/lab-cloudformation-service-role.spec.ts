import { play } from '../labs/cloudformation-service-role';
import { startLab } from '../labs/start-lab';
import { expect, test } from '../fixtures/test';

// English only: the flow is the subject (lab 9's spec and cloudformation-stacks.spec.ts read the Korean).
test('lab "CloudFormation deploys with a role": every step ticks itself as the learner works, and the lab completes', async ({ page, t }) => {
  const labs = await startLab(page, t, 'cloudformation-service-role', 'create-role');
  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
