import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { costTotals, sampleConcept } from '@werkbank/concept';
import { importConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/test.ts';

const SHOTS = process.env.WERKBANK_E2E_SHOTS;

test.use({ viewport: { width: 1280, height: 860 } });

test('a concept of 1,000 measures: the overview renders only the rows in view, scrolls to the last, sums all, reads right', async ({
  person,
}) => {
  const json = sampleConcept({ measures: 1000 });
  // Well under the server's import limit of 8 MiB.
  expect(Buffer.byteLength(JSON.stringify(json))).toBeLessThan(4 * 1024 * 1024);
  const last = json.measures.at(-1);
  if (!last) throw new Error('the sample has measures');
  const total = costTotals(json.measures, []).total;
  const sum = new Intl.NumberFormat('de-DE', {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: Number.isInteger(total) ? 0 : 2,
  })
    .format(total)
    .replaceAll('\u00a0', ' ');
  const concept = await importConcept(json);
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.goTo(/^Maßnahmenübersicht/);

  const table = workspace.main.getByRole('table', { name: 'Maßnahmen', exact: true });
  const rows = table.locator('tbody tr.wb-measure-row');
  await expect(table.getByRole('button', { name: /^Maßnahme M-0001 öffnen/ })).toBeVisible();
  await expect(workspace.main.getByText('1000 von 1000 Maßnahmen')).toBeVisible();
  expect(await rows.count()).toBeLessThan(200);
  expect(await rows.count()).toBeGreaterThan(5);
  await expect(table).toHaveAttribute('aria-rowcount', '1002');
  const box = workspace.main.locator('.wb-table-scroll--long');
  if (SHOTS) {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'long-top.png') });
  }

  // Tab walks on past the rows first rendered: each focused row is scrolled into view, and the next one is there.
  await table.getByRole('button', { name: /^Maßnahme M-0001 öffnen/ }).focus();
  for (let i = 0; i < 60; i++) await page.keyboard.press('Tab');
  const sixtyFirst = table.getByRole('button', { name: /^Maßnahme M-0061 öffnen/ });
  await expect(sixtyFirst).toBeFocused();
  await expect(sixtyFirst).toBeInViewport();
  await expect(sixtyFirst.locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', '62');

  // Scrolled to its end, the box shows the last measure above the sum of all 1,000, still with few rows.
  // Rows not yet rendered count at an estimated height until measured, so the end moves a little while the last
  // rows come in; the box is scrolled to its end again, as one pressing End twice.
  const lastButton = table.getByRole('button', { name: new RegExp(`^Maßnahme ${last.code} öffnen`) });
  await expect(async () => {
    await box.evaluate((element) => {
      element.scrollTop = element.scrollHeight;
    });
    await expect(lastButton).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await expect(lastButton.locator('xpath=ancestor::tr')).toHaveAttribute('aria-rowindex', '1001');
  // The row holding the focus stayed rendered far above, so the focus was not lost to the page.
  await expect(sixtyFirst).toBeFocused();
  expect(await rows.count()).toBeLessThan(200);
  const sumRow = table.locator('tfoot tr');
  await expect(sumRow).toBeInViewport();
  expect(((await sumRow.textContent()) ?? '').replaceAll('\u00a0', ' ')).toContain(sum);
  if (SHOTS) await page.screenshot({ path: join(SHOTS, 'long-bottom.png') });

  // The last row sits right above the sum row: the spacers add up to the rows not rendered.
  const gap = await page.evaluate(() => {
    const table = document.querySelector('.wb-measures-table');
    const lastRow = table?.querySelector('tbody tr.wb-measure-row:last-of-type');
    const foot = table?.querySelector('tfoot tr');
    if (!lastRow || !foot) return null;
    return foot.getBoundingClientRect().top - lastRow.getBoundingClientRect().bottom;
  });
  expect(gap).not.toBeNull();
  expect(Math.abs(gap ?? 99)).toBeLessThan(2);

  expect(await seriousViolations(page)).toEqual([]);
});
