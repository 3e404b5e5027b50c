import { join } from 'node:path';
import { versionJson, versionList } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { docxToText } from '../fixtures/docxToText.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');
const VERSION = 'Stand Steuerungsgremium';
const ADDED = 'Die Beratungsstellen werden jährlich befragt.';
const NEW_LEAD = 'Amt für Integration und Vielfalt';
const REVISION = 'Fortschreibung 2027';

test.use({ viewport: { width: 1280, height: 860 } });

/** The line of the page text where `left` stands and, further right on the same line, `right`. */
function sideBySide(pages: readonly string[], left: string, right: string): string | undefined {
  return pages
    .join('\n')
    .split('\n')
    .find((line) => line.includes(left) && line.indexOf(right, line.indexOf(left) + left.length) >= 0);
}

test('a saved and adopted version, the draft changed: the drift banner, the comparison shows exactly those changes, the Synopse reads back', async ({
  person,
}, testInfo) => {
  const concept = await importSample({ fields: 3, goals: 4, measures: 4 });
  const { page, workspace } = await person('Kim Sander');
  await workspace.open(concept.id, concept.ownerToken);

  await workspace.goTo(/^Fassungen/);
  await workspace.main.getByLabel('Name der Fassung').fill(VERSION);
  await workspace.main.getByRole('button', { name: 'Fassung speichern' }).click();
  const item = workspace.main
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: VERSION }) });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: 'Als beschlossen markieren' }).click();
  const form = item.getByRole('form', { name: `Beschluss zu „${VERSION}“` });
  await form.getByLabel('Gremium').fill('Kreistag');
  await form.getByLabel('Datum des Beschlusses').fill('2026-11-26');
  await form.getByRole('button', { name: 'Beschluss speichern' }).click();
  await expect(item.getByText('beschlossen', { exact: true })).toBeVisible();
  const saved = (await versionList(concept)).find((v) => v.name === VERSION);
  const frozen = await versionJson(concept, saved.id);

  // The first edit after the adoption asks to begin the next revision and names it.
  const chapter = frozen.chapters[0];
  await workspace.goTo(new RegExp(chapter.title));
  const prompt = workspace.main.getByRole('region', { name: 'Nächste Fortschreibung beginnen?' });
  // Opening a part to edit is no edit (the editor adds an empty paragraph after the chapter's closing list): nothing asks yet.
  await expect(workspace.textArea('Kapiteltext')).toBeVisible();
  await workspace.expectSaved();
  await expect(prompt).toHaveCount(0);
  await workspace.typeInto('Kapiteltext', ` ${ADDED}`);
  await expect(prompt).toBeVisible();
  await prompt.getByLabel('Name der Fortschreibung').fill(REVISION);
  await prompt.getByRole('button', { name: 'Fortschreibung beginnen' }).click();
  await expect(prompt).toBeHidden();
  await expect(workspace.main.getByText(`${REVISION} in Arbeit`)).toBeVisible();
  const banner = workspace.main.getByText('Entwurf weicht von der beschlossenen Fassung ab');
  await expect(banner).toHaveText('Entwurf weicht von der beschlossenen Fassung ab – Unterschiede ansehen');
  await page.screenshot({ path: join(SCREENSHOTS, 'adopted-drift-1280.png') });

  const measure = frozen.measures[1];
  await page.goto(`/c/${concept.id}/measure/${measure.id}#t=${concept.ownerToken}`);
  const lead = workspace.main.getByLabel('Federführung', { exact: true });
  await expect(lead).toHaveValue(measure.lead);
  await lead.fill(NEW_LEAD);
  await lead.press('Enter');
  await workspace.expectSaved();
  // Another member sees the revision under way (it is stored in the document).
  await expect(workspace.main.getByText(`${REVISION} in Arbeit`)).toBeVisible();

  await workspace.main.getByRole('link', { name: 'Unterschiede ansehen' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/${saved.id}/draft$`));
  await expect(
    workspace.main.getByRole('heading', { level: 1, name: 'Fassungen vergleichen' }),
  ).toBeVisible();
  const summary = workspace.main.getByRole('region', { name: 'Zusammenfassung' });
  await expect(summary.getByRole('listitem')).toHaveText(['1 Kapitel geändert', '1 Maßnahme geändert']);
  await expect(workspace.main.getByRole('heading', { level: 2 })).toHaveText([
    'Stände wählen',
    'Zusammenfassung',
    'Kapitel',
    'Maßnahmen',
  ]);
  const chapters = workspace.main.getByRole('region', { name: 'Kapitel' });
  await expect(chapters.getByRole('listitem')).toHaveCount(1);
  await expect(chapters.getByRole('term')).toHaveText(['Text']);
  await expect(chapters.locator('ins')).toHaveText([`Eingefügt: ${ADDED} (Ende eingefügt)`]);
  await expect(chapters.locator('del')).toHaveCount(0);
  const measures = workspace.main.getByRole('region', { name: 'Maßnahmen' });
  await expect(measures.getByRole('listitem')).toHaveCount(1);
  await expect(measures.getByRole('heading', { level: 3 })).toHaveText(
    `${measure.code} ${measure.title} geändert`,
  );
  await expect(measures.getByRole('term')).toHaveText(['Federführung']);
  await expect(measures.locator('del')).toContainText(measure.lead);
  await expect(measures.locator('ins')).toContainText(NEW_LEAD);

  expect(await seriousViolations(page), 'axe on the compare view').toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(summary).toBeVisible();
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(390);
  expect(await seriousViolations(page), 'axe on the compare view at 390 px').toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'compare-390.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 860 });

  // The Synopse, by keyboard.
  const synopsis = workspace.main.getByRole('button', { name: 'Synopse herunterladen (Word)' });
  await synopsis.focus();
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/_Synopse_\d{4}-\d{2}-\d{2}\.docx$/);
  await expect(workspace.main.getByRole('status').filter({ hasText: 'Synopse' })).toContainText(
    'heruntergeladen',
  );
  const docx = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(docx);
  const pages = await docxToText(docx);
  const all = pages.join('\n');
  expect(all).toContain('1 Kapitel geändert');
  expect(all).toContain('1 Maßnahme geändert');
  expect(sideBySide(pages, `Bisher: ${VERSION}`, 'Neu: Aktueller Entwurf')).toBeDefined();
  expect(sideBySide(pages, `Federführung: ${measure.lead}`, `Federführung: ${NEW_LEAD}`)).toBeDefined();
  expect(all.replace(/\s+/g, ' ')).toContain('jährlich');
  expect(all).toContain(`${measure.code}`);

  // From the list of versions: compare a version with the draft.
  await workspace.goTo(/^Fassungen/);
  await item.getByRole('link', { name: 'Mit Entwurf vergleichen' }).click();
  await expect(page).toHaveURL(new RegExp(`/compare/${saved.id}/draft$`));
  await expect(summary.getByRole('listitem')).toHaveText(['1 Kapitel geändert', '1 Maßnahme geändert']);
});
