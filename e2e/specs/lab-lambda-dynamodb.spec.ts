import { play } from '../labs/lambda-dynamodb';
import { startLab } from '../labs/start-lab';
import { expect, expectAccessible, test } from '../fixtures/test';

// English only: the flow is the subject; the Korean Lambda and DynamoDB labels have their own @ko tests.
test('lab "A Lambda function writes to DynamoDB": every step ticks itself as the learner works, and the lab completes', async ({ page, t }) => {
  const labs = await startLab(page, t, 'lambda-dynamodb', 'create-table');
  await play(page, t, async (stepId) => {
    await labs.expectDone(stepId);
    // The failed Test result, with its AccessDeniedException, is a page of its own to check.
    if (stepId === 'test-fails') await expectAccessible(page);
  });
  await expect(page.getByText(t('labs.labComplete'))).toBeVisible();
});
