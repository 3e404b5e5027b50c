import { join } from 'node:path';
import type { RichTextNode } from '@werkbank/concept';
import { normalize } from '../../packages/export-docx/test/pdfChecks.ts';
import { conceptJson, createLink, versionJson, versionList } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { plainText } from '../fixtures/expectedContent.ts';
import { exportProblems } from '../fixtures/exportProblems.ts';
import { readBackDocx } from '../fixtures/readBackDocx.ts';
import { importSample, importSampleWithUmlauts } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');
const VERSION = 'Entwurf für den Kreistag';
const DRUCKSACHE = 'DS 17/0815';
const LATER_EDIT = 'Nachtrag nach dem Beschluss';
const LATER_TITLE = ' – nach dem Beschluss überarbeitet';

test.use({ viewport: { width: 1280, height: 860 } });

test('the owner saves a version, marks it adopted, edits on and exports the version as it was', async ({
  person,
}, testInfo) => {
  const concept = await importSampleWithUmlauts({ measures: 6 });
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);

  await workspace.goTo(/^Fassungen/);
  await expect(workspace.main.getByRole('heading', { level: 1, name: 'Fassungen' })).toBeVisible();
  await workspace.main.getByLabel('Name der Fassung').fill(VERSION);
  await workspace.main.getByRole('button', { name: 'Fassung speichern' }).click();
  // The workspace's own announcement region is a status too; this is the versions view's notice.
  await expect(workspace.main.getByRole('status').filter({ hasText: 'Fassung' })).toHaveText(
    `Fassung „${VERSION}“ gespeichert.`,
  );
  const item = workspace.main
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: VERSION }) });
  await expect(item).toBeVisible();

  await item.getByRole('button', { name: 'Als beschlossen markieren' }).click();
  const form = item.getByRole('form', { name: `Beschluss zu „${VERSION}“` });
  await expect(form.getByLabel('Gremium')).toBeFocused();
  await form.getByLabel('Gremium').fill('Kreistag');
  await form.getByLabel('Datum des Beschlusses').fill('2026-03-12');
  await form.getByLabel(/Drucksache-Nr\./).fill(DRUCKSACHE);
  await page.screenshot({ path: join(SCREENSHOTS, 'versions-adopt-form.png') });
  await form.getByRole('button', { name: 'Beschluss speichern' }).click();
  await expect(form).toBeHidden();
  await expect(item.getByText('beschlossen', { exact: true })).toBeVisible();
  await expect(item).toContainText(`Beschluss: Kreistag · 12.03.2026 · Drucksache ${DRUCKSACHE}`);
  await workspace.expectSaved();
  await page.screenshot({ path: join(SCREENSHOTS, 'versions-view.png') });
  expect(await seriousViolations(page), 'axe on the versions view').toEqual([]);

  const saved = (await versionList(concept)).find((v) => v.name === VERSION);
  const frozen = await versionJson(concept, saved.id);

  const chapter = frozen.chapters[0];
  await workspace.goTo(new RegExp(chapter.title));
  await workspace.typeInto('Kapiteltext', ` ${LATER_EDIT}.`);
  const title = workspace.main.getByLabel('Kapiteltitel');
  await title.fill(`${chapter.title}${LATER_TITLE}`);
  await title.press('Enter');
  await workspace.expectSaved();
  await expect
    .poll(async () => {
      const live = (await conceptJson(concept)).chapters[0];
      return { title: live.title, edited: JSON.stringify(live.body).includes(LATER_EDIT) };
    })
    .toEqual({ title: `${chapter.title}${LATER_TITLE}`, edited: true });

  await page.getByRole('button', { name: 'Exportieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept exportieren' });
  const source = dialog.getByLabel('Stand', { exact: true });
  await source.selectOption(saved.id);
  await expect(source.locator('option:checked')).toHaveText(
    `Fassung „${VERSION}“ vom ${germanDate(saved.createdAt)} – beschlossen`,
  );
  await dialog.getByLabel('mit Vermerk „noch ohne Inhalt“ aufnehmen').check();
  await expect(dialog.getByText('Die Fassung wird so exportiert, wie sie gespeichert wurde')).toBeVisible();
  await page.screenshot({ path: join(SCREENSHOTS, 'export-dialog-version.png') });
  expect(await seriousViolations(page), 'axe on the export dialog').toEqual([]);
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Word-Dokument erstellen' }).click();
  const file = await download;
  await expect(dialog.getByRole('status')).toContainText('wurde heruntergeladen');
  const docx = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(docx);

  const readBack = await readBackDocx(docx);
  expect(exportProblems(frozen, readBack)).toEqual([]);
  const text = normalize(readBack.pages.join('\n'));
  expect(text).toContain(VERSION);
  expect(text).toContain(DRUCKSACHE);
  // The version as it was saved: the chapter's last paragraph as frozen, without what was typed at its end since.
  expect(text).toContain(normalize(plainText(lastParagraph(chapter.body))));
  expect(text).not.toContain(LATER_TITLE.trim());
  expect(text).not.toContain(LATER_EDIT);
});

test('a viewer reads the versions without forms; exporting a version offline says it needs a connection', async ({
  person,
}) => {
  const concept = await importSample({ measures: 3 });
  const viewerToken = await createLink(concept, 'viewer', 'Presse');
  const { page, context, workspace } = await person('Jonas Berg');
  await workspace.open(concept.id, viewerToken);
  await workspace.goTo(/^Fassungen/);
  const list = workspace.main.getByRole('list');
  await expect(list.getByRole('listitem')).not.toHaveCount(0);
  await expect(workspace.main.getByRole('button')).toHaveCount(0);
  await expect(workspace.main.getByLabel('Name der Fassung')).toHaveCount(0);
  await workspace.expectSaved();

  await context.setOffline(true);
  await workspace.expectStatus('offline');
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept exportieren' });
  await dialog.getByLabel('Stand', { exact: true }).selectOption({ index: 1 });
  await dialog.getByRole('button', { name: 'Word-Dokument erstellen' }).click();
  await expect(dialog.getByRole('alert')).toContainText(
    'Gespeicherte Fassungen lassen sich nur mit Verbindung exportieren',
  );
});

function lastParagraph(node: RichTextNode): RichTextNode {
  const last = node.content?.at(-1);
  return node.type === 'paragraph' || !last ? node : lastParagraph(last);
}

function germanDate(iso: string): string {
  return new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone: 'Europe/Berlin' }).format(
    new Date(iso),
  );
}
