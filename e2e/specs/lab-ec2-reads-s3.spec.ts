import { play } from '../labs/ec2-reads-s3';
import { startLab } from '../labs/start-lab';
import { expect, test } from '../fixtures/test';

test(`lab "EC2 reads S3 through an instance role": every step ticks itself as the learner works, and the lab completes`, async ({ page, t }) => {
  const labs = await startLab(page, t, 'ec2-reads-s3', 'create-role');
  await play(page, t, (stepId) => labs.expectDone(stepId));
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
