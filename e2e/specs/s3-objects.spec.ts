import { readFile } from 'node:fs/promises';
import { S3Console } from '../pages/s3-console';
import { expect, expectAccessible, test } from '../fixtures/test';

test('create a folder, upload a file and create a text object in it, then open and download it', async ({ page, t }) => {
  const s3 = new S3Console(page, t);
  await s3.openBucket('bucket1', '?scenario=administrator');
  // The first page after loading a scenario also loads the catalogue, so it may take longer.
  await expect(s3.row('reports/')).toContainText(t('s3Objects.folder'), { timeout: 15_000 });
  await expect(s3.row('hello.txt')).toContainText('20.0 B');
  await expectAccessible(page);

  await s3.follow('s3Objects.createFolder');
  await page.getByLabel(t('s3Objects.folderForm.name')).fill('notes');
  await expectAccessible(page);
  await s3.button('s3Objects.createFolder').click();
  await expect(s3.flash('s3Objects.folderForm.created', { name: 'notes' })).toBeVisible();
  await s3.link('notes/').click();
  await expect(page.getByRole('heading', { level: 1, name: 'notes/' })).toBeVisible();

  await s3.follow('s3Objects.upload');
  await page.locator('input[type="file"]').setInputFiles({ name: 'todo.txt', mimeType: 'text/plain', buffer: Buffer.from('buy milk\n') });
  await expect(page.getByTestId('upload-destination')).toHaveText('s3://bucket1/notes/');
  await expectAccessible(page);
  await s3.button('s3Objects.upload').click();
  await expect(s3.flash('s3Objects.uploadForm.succeeded')).toBeVisible();
  await expect(s3.row('todo.txt')).toContainText('9.0 B');

  await s3.follow('s3Objects.createTextObject');
  await page.getByLabel(t('s3Objects.textForm.key')).fill('today.txt');
  await page.getByRole('textbox', { name: t('s3Objects.textForm.content'), exact: true }).fill('Hello, S3!');
  await expectAccessible(page);
  await s3.button('s3Objects.textForm.submit').click();
  await expect(s3.flash('s3Objects.textForm.created', { name: 'notes/today.txt' })).toBeVisible();
  await s3.link('today.txt').click();

  await expect(page.getByRole('heading', { level: 1, name: 'today.txt' })).toBeVisible();
  await expect(page.getByText('s3://bucket1/notes/today.txt', { exact: true })).toBeVisible();
  await expect(page.getByText('https://bucket1.s3.ap-northeast-2.amazonaws.com/notes/today.txt', { exact: true })).toBeVisible();
  await s3.button('s3Objects.object.open').click();
  await expect(page.getByTestId('object-content')).toHaveText('Hello, S3!');
  await expectAccessible(page);
  const [download] = await Promise.all([page.waitForEvent('download'), s3.button('s3Objects.object.download').click()]);
  expect(download.suggestedFilename()).toBe('today.txt');
  expect(await readFile((await download.path())!, 'utf8')).toBe('Hello, S3!');
});

test('delete an object and a folder with everything in it, confirmed with "permanently delete"', async ({ page, t }) => {
  const s3 = new S3Console(page, t);
  await s3.openBucket('bucket1', '?scenario=administrator');
  await expect(s3.row('hello.txt')).toBeVisible({ timeout: 15_000 });
  await s3.select('hello.txt');
  await s3.select('reports/');
  await s3.button('s3Objects.delete').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByTestId('specified-objects')).toContainText('s3://bucket1/reports/');
  const submit = dialog.getByRole('button', { name: t('s3Objects.deleteForm.submit') });
  await expect(submit).toBeDisabled();
  await expectAccessible(page);
  await s3.confirm(t('s3Bucket.confirm.phrase'), dialog);
  await submit.click();
  await expect(s3.flash('s3Objects.deleteForm.deleted_other', { count: 3 })).toBeVisible();
  await expect(page.getByText(t('s3Objects.empty'))).toBeVisible();
});
