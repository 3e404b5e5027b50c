import { sampleConcept } from '@werkbank/concept';
import { outermost, xmlText } from '../../packages/export-docx/test/docxXml.ts';
import { conceptJson, importConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { readBackDocx } from '../fixtures/readBackDocx.ts';
import { expect, test } from '../fixtures/test.ts';

/** The rows of a table as the page shows them, each cell's text with non-breaking spaces as spaces. */
async function rowsOf(table: import('@playwright/test').Locator): Promise<string[][]> {
  return table.evaluate((t) =>
    [...t.querySelectorAll('tr')].map((row) =>
      [...row.querySelectorAll('th, td')].map((cell) =>
        (cell.textContent ?? '').replaceAll('\u00a0', ' ').trim(),
      ),
    ),
  );
}

test('cost lines on two measures add up the same on the sheets, the dashboard, the overview and in Word', async ({
  person,
}, testInfo) => {
  // The sample without costs, so every euro below is one typed here.
  const json = sampleConcept({ measures: 4 });
  for (const m of json.measures) m.costLines = [];
  // The NRWeltoffen template, so the dashboard shows its phases' checklists too.
  json.meta.templateId = 'nrweltoffen';
  const [first, second] = json.measures;
  if (!first || !second) throw new Error('the sample has measures');
  second.primaryFieldId = json.fieldsOfAction[1]?.id ?? null;
  const concept = await importConcept(json);
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);

  async function addLine(measure: { id: string }, n: number, year: string, amount: string, source: string) {
    await page.goto(`/c/${concept.id}/measure/${measure.id}`);
    await workspace.main.getByRole('button', { name: 'Kostenzeile hinzufügen' }).click();
    const jahr = workspace.main.getByLabel(`Jahr von Kostenzeile ${n}`, { exact: true });
    await expect(jahr).toBeFocused();
    await jahr.fill(year);
    await jahr.press('Tab');
    const betrag = workspace.main.getByLabel(`Betrag in Euro von Kostenzeile ${n}`, { exact: true });
    await betrag.fill(amount);
    await betrag.press('Enter');
    await workspace.main
      .getByLabel(`Finanzierungsquelle von Kostenzeile ${n}`, { exact: true })
      .selectOption({
        label: source,
      });
  }
  await addLine(first, 1, '2026', '4.800', 'Landesmittel');
  // A bad amount is refused at the field, and corrected.
  await workspace.main.getByRole('button', { name: 'Kostenzeile hinzufügen' }).click();
  const bad = workspace.main.getByLabel('Betrag in Euro von Kostenzeile 2', { exact: true });
  await bad.fill('zwölfhundert');
  await bad.press('Enter');
  await expect(bad).toHaveAttribute('aria-invalid', 'true');
  await expect(
    workspace.main.getByRole('alert').filter({ hasText: 'Bitte einen Betrag in Euro' }),
  ).toBeVisible();
  await bad.fill('1200,50');
  await bad.press('Enter');
  await expect(bad).not.toHaveAttribute('aria-invalid', 'true');
  await workspace.main.getByLabel('Jahr von Kostenzeile 2', { exact: true }).fill('2027');
  await workspace.main.getByLabel('Jahr von Kostenzeile 2', { exact: true }).press('Enter');
  await workspace.main
    .getByLabel('Finanzierungsquelle von Kostenzeile 2', { exact: true })
    .selectOption({ label: 'Eigenanteil' });
  const sheetSums = await rowsOf(workspace.main.getByRole('table', { name: /Summen dieser Maßnahme/ }));
  expect(sheetSums.at(-1)).toEqual(['Summe', '4.800 €', '1.200,50 €', '6.000,50 €']);
  await addLine(second, 1, '2026', '3000', 'Drittmittel');
  await workspace.expectSaved();
  const stored = await conceptJson(concept);
  expect(stored.measures[0].costLines.map((l: { amount: number }) => l.amount)).toEqual([4800, 1200.5]);
  expect(stored.measures[1].costLines).toEqual([
    { id: expect.any(String), year: 2026, amount: 3000, source: 'drittmittel' },
  ]);

  // The dashboard adds up what the sheets hold.
  await workspace.goTo('Dashboard');
  await expect(workspace.main.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(workspace.main.getByTestId('dashboard-total')).toHaveText(/^9\.000,50\s€$/);
  expect(
    await rowsOf(workspace.main.getByRole('table', { name: 'Kosten nach Jahr und Finanzierungsquelle' })),
  ).toEqual([
    ['Jahr', 'Landesmittel', 'Eigenanteil', 'Drittmittel', 'Summe'],
    ['2026', '4.800 €', '0 €', '3.000 €', '7.800 €'],
    ['2027', '0 €', '1.200,50 €', '0 €', '1.200,50 €'],
    ['Summe', '4.800 €', '1.200,50 €', '3.000 €', '9.000,50 €'],
  ]);
  const byField = await rowsOf(workspace.main.getByRole('table', { name: 'Maßnahmen nach Handlungsfeld' }));
  const fieldTitle = (id: string | null) => json.fieldsOfAction.find((f) => f.id === id)?.title;
  expect(byField).toContainEqual([fieldTitle(first.primaryFieldId), expect.any(String), '6.000,50 €']);
  expect(byField.at(-1)).toEqual(['Summe', '4', '9.000,50 €']);
  await expect(workspace.main.getByRole('img', { name: /Balkendiagramm: Budget/ })).toBeVisible();
  // The process path's checklists, one row per phase of the template.
  const phases = await rowsOf(workspace.main.getByRole('table', { name: 'Checklisten der Phasen' }));
  expect(phases.length).toBeGreaterThan(2);
  expect(phases.some((row) => row[0]?.endsWith('(aktuelle Phase)'))).toBe(true);
  expect(await seriousViolations(page), 'axe on the dashboard').toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: testInfo.outputPath('dashboard-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('dashboard-390.png'), fullPage: true });
  await workspace.main
    .getByRole('region', { name: 'Budget nach Jahr und Finanzierungsquelle', exact: true })
    .screenshot({ path: testInfo.outputPath('dashboard-390-budget.png') });
  await workspace.main
    .getByRole('region', { name: 'Maßnahmen nach Handlungsfeld', exact: true })
    .screenshot({ path: testInfo.outputPath('dashboard-390-fields.png') });
  expect(await seriousViolations(page), 'axe on the dashboard, narrow').toEqual([]);
  await page.setViewportSize({ width: 1280, height: 900 });

  // The measure overview shows each measure's costs and the sum of those shown.
  await workspace.goTo('Maßnahmenübersicht');
  const table = workspace.main.locator('table.wb-measures-table');
  const overview = await rowsOf(table);
  expect(overview[0]?.at(-2)).toBe('Kosten↕');
  expect(overview.find((r) => r[0]?.startsWith(first.code))?.at(-2)).toBe('6.000,50 €');
  expect(overview.find((r) => r[0]?.startsWith(second.code))?.at(-2)).toBe('3.000 €');
  expect(overview.at(-1)?.slice(0, 2)).toEqual(['Summe der gezeigten Maßnahmen', '9.000,50 €']);
  await page.screenshot({ path: testInfo.outputPath('measures-1280.png'), fullPage: true });

  // The Word export has the costs column and the budget table with the same figures.
  await page.getByRole('button', { name: 'Exportieren' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept exportieren' });
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Word-Dokument erstellen' }).click();
  const file = await download;
  const docx = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(docx);
  const { xml, pages } = await readBackDocx(docx);
  const wordTable = (header: string) =>
    outermost(
      xml.tables.find((t) => xmlText(outermost(t, 'w:tr')[0] ?? '').startsWith(header)) ?? '',
      'w:tr',
    ).map((row) => outermost(row, 'w:tc').map(xmlText));
  expect(wordTable('Jahr')).toEqual([
    ['Jahr', 'Landesmittel', 'Eigenanteil', 'Drittmittel', 'Summe'],
    ['2026', '4.800', '0', '3.000', '7.800'],
    ['2027', '0', '1.200,50', '0', '1.200,50'],
    ['Summe', '4.800', '1.200,50', '3.000', '9.000,50'],
  ]);
  const wordOverview = wordTable('Nr.');
  expect(wordOverview[0]?.at(-1)).toBe('Kosten €');
  expect(wordOverview.find((r) => r[0] === first.code)?.at(-1)).toBe('6.000,50');
  expect(wordOverview.at(-1)?.at(-1)).toBe('9.000,50');
  expect(pages.join('\n')).toContain('Kosten nach Jahr und Finanzierungsquelle (in Euro)');
});
