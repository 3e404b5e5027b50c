import { normalize } from '../../packages/export-docx/test/pdfChecks.ts';
import { conceptJson } from '../fixtures/api.ts';
import { exportProblems } from '../fixtures/exportProblems.ts';
import { readBackDocx } from '../fixtures/readBackDocx.ts';
import { importSampleWithUmlauts } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

const CHAPTER = 'Überprüfung, Maßstäbe und Schlussfolgerungen';
const SENTENCE = 'Die Wirkung prüfen wir jährlich an den Zielen; Maßstab ist die Rückmeldung Betroffener.';

test('exports the concept as a Word document built in the browser, every chapter, goal and measure in order', async ({
  person,
}, testInfo) => {
  const concept = await importSampleWithUmlauts();
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);

  // The sample's empty chapter gets a title with umlauts and ß and its first text, typed in the browser.
  await workspace.goTo('Evaluation');
  const title = workspace.main.getByLabel('Kapiteltitel');
  await title.fill(CHAPTER);
  await title.press('Enter');
  await workspace.typeInto('Kapiteltext', SENTENCE);
  await workspace.expectSaved();
  await expect
    .poll(async () => (await conceptJson(concept)).chapters.map((c: { title: string }) => c.title))
    .toContain(CHAPTER);
  const json = await conceptJson(concept);

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
  const docx = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(docx);

  const readBack = await readBackDocx(docx);
  expect(exportProblems(json, readBack)).toEqual([]);
  expect(normalize(readBack.pages[0] ?? '')).toContain(json.meta.title);
  expect(normalize(readBack.pages.join('\n'))).toContain(SENTENCE);
});
