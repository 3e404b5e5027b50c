import mammoth from 'mammoth';
import { conceptJson } from '../fixtures/api.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

test('exports the concept as a Word document built in the browser', async ({ person }) => {
  const concept = await importSample();
  const json = await conceptJson(concept);
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);

  await page.getByRole('button', { name: 'Exportieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept exportieren' });
  await dialog.getByLabel('Ziel-Maßnahmen-Matrix').uncheck();
  const download = page.waitForEvent('download', { timeout: 90_000 });
  const worker = page.waitForEvent('worker');
  await dialog.getByRole('button', { name: 'Word-Dokument erstellen' }).click();
  // The document is built in a Web Worker, off the page's thread.
  expect((await worker).url()).toMatch(/exportWorker/);
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Kreis-Musterland_.+\.docx$/);
  await expect(dialog.getByRole('status')).toContainText('wurde heruntergeladen');

  const { value: text } = await mammoth.extractRawText({ path: await file.path() });
  expect(text).toContain(json.meta.title);
  expect(text).toContain(json.measures[0].title);
});
