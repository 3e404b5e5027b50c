import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { flattenGoalTree, goalTree, sampleConcept } from '@werkbank/concept';
import { conceptJson, createLink, importConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/test.ts';

/** Where the screenshots go besides the report (WERKBANK_E2E_SHOTS=/tmp/… to look at them by hand). */
const SHOTS = process.env.WERKBANK_E2E_SHOTS;

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const path = SHOTS ? join(SHOTS, name) : test.info().outputPath(name);
  if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  await test
    .info()
    .attach(name, { body: await page.screenshot({ path, fullPage }), contentType: 'image/png' });
}

/** A small concept: one Leitziel, two Mittlerziele, three Handlungsziele; only M-01 serves a goal (1.1.1). */
function smallConcept() {
  const json = sampleConcept({ fields: 2, goals: 6, measures: 4 });
  json.meta.templateId = 'nrweltoffen';
  for (const m of json.measures) m.goalIds = [];
  const nodes = flattenGoalTree(goalTree(json.goals));
  const node = (number: string) => {
    const found = nodes.find((n) => n.number === number);
    if (!found) throw new Error(`the sample has no goal ${number}`);
    return {
      id: found.goal.id,
      label: `Ziel ${number} ${found.goal.title}`,
      number,
      title: found.goal.title,
    };
  };
  const [m1, m2] = json.measures;
  if (!m1 || !m2) throw new Error('the sample has measures');
  m1.goalIds = [node('1.1.1').id];
  const name = (m: typeof m1) => `${m.code} ${m.title}`;
  return { json, node, m1: { id: m1.id, name: name(m1) }, m2: { id: m2.id, name: name(m2) } };
}

test('an editor links a measure to a goal in the matrix by a click, unlinks it, undoes, and the gap closes', async ({
  person,
}) => {
  const { json, node, m2 } = smallConcept();
  const concept = await importConcept(json);
  const { page, workspace } = await person('Aylin Demir');
  await page.setViewportSize({ width: 1280, height: 900 });
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.goTo('Ziele × Maßnahmen');
  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/matrix$`));
  const main = workspace.main;
  const grid = main.getByRole('grid', { name: 'Ziele und Maßnahmen' });
  await expect(grid).toBeVisible();

  const mittler = node('1.2');
  const handlungs = node('1.2.1');
  const rowHeader = (goal: { number: string; title: string }) =>
    grid.getByRole('rowheader', { name: new RegExp(`^${goal.number.replaceAll('.', '\\.')} `) });
  const cell = (goal: { label: string }, state: string) =>
    grid.getByRole('gridcell', { name: `${m2.name} – ${goal.label}: ${state}`, exact: true });
  // 1.2 and 1.2.1 have no measure; 1, 1.1 are served through 1.1.1.
  await expect(rowHeader(mittler)).toContainText('ohne Maßnahme');
  await expect(rowHeader(handlungs)).toContainText('ohne Maßnahme');
  await expect(rowHeader(node('1.1'))).not.toContainText('ohne Maßnahme');
  await expect(rowHeader(node('1'))).not.toContainText('ohne Maßnahme');
  await expect(main.getByText('3 Maßnahmen ohne Ziel')).toBeVisible();
  await shoot(page, 'matrix-small-1280.png');

  // Link by a click: 1.2.1 and the Mittlerziel above it are no gap any more.
  await cell(handlungs, 'nicht verknüpft').click();
  await expect(cell(handlungs, 'verknüpft')).toBeFocused();
  await expect(
    main.getByRole('status').filter({ hasText: 'ist jetzt mit Ziel 1.2.1 verknüpft' }),
  ).toBeVisible();
  await expect(rowHeader(handlungs)).not.toContainText('ohne Maßnahme');
  await expect(rowHeader(mittler)).not.toContainText('ohne Maßnahme');
  await expect(cell(mittler, 'über Unterziel abgedeckt')).toHaveText('○');
  await workspace.expectSaved();
  expect((await conceptJson(concept)).measures.find((m: { id: string }) => m.id === m2.id).goalIds).toEqual([
    handlungs.id,
  ]);

  // Unlink by keyboard: the gap is back.
  await page.keyboard.press('Space');
  await expect(cell(handlungs, 'nicht verknüpft')).toBeFocused();
  await expect(rowHeader(handlungs)).toContainText('ohne Maßnahme');
  await expect(rowHeader(mittler)).toContainText('ohne Maßnahme');

  // Undo the unlink: the link and the closed gap return, on the server too.
  await page.keyboard.press('Control+z');
  await expect(main.getByRole('status').filter({ hasText: 'Rückgängig gemacht' })).toBeVisible();
  await expect(cell(handlungs, 'verknüpft')).toBeVisible();
  await expect(rowHeader(handlungs)).not.toContainText('ohne Maßnahme');
  await workspace.expectSaved();
  await expect
    .poll(
      async () => (await conceptJson(concept)).measures.find((m: { id: string }) => m.id === m2.id).goalIds,
    )
    .toEqual([handlungs.id]);

  // Redo (Ctrl+Y) takes the unlink again, "Rückgängig" brings the link back, Ctrl+Shift+Z unlinks once more.
  await page.keyboard.press('Control+y');
  await expect(main.getByRole('status').filter({ hasText: 'Wiederholt' })).toBeVisible();
  await expect(cell(handlungs, 'nicht verknüpft')).toBeVisible();
  await shoot(page, 'matrix-redo-1280.png');
  await main.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(cell(handlungs, 'verknüpft')).toBeFocused();
  await page.keyboard.press('Control+Shift+Z');
  await expect(cell(handlungs, 'nicht verknüpft')).toBeVisible();
  await main.getByRole('button', { name: 'Rückgängig' }).click();
  await expect(cell(handlungs, 'verknüpft')).toBeVisible();
  await workspace.expectSaved();
  await expect
    .poll(
      async () => (await conceptJson(concept)).measures.find((m: { id: string }) => m.id === m2.id).goalIds,
    )
    .toEqual([handlungs.id]);

  // Arrow keys move the single Tab stop.
  await cell(handlungs, 'verknüpft').focus();
  await page.keyboard.press('ArrowUp');
  await expect(cell(mittler, 'über Unterziel abgedeckt')).toBeFocused();
  await expect(grid.locator('td[tabindex="0"]')).toHaveCount(1);

  const violations = await seriousViolations(page);
  expect(violations).toEqual([]);
  await shoot(page, 'matrix-linked-1280.png');

  // The grid scrolls inside its own box; the page is never wider than the window.
  for (const width of [1280, 1024, 768, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await expect(grid).toBeVisible();
    await expect
      .poll(() => page.evaluate(() => document.scrollingElement?.scrollWidth ?? 0), {
        message: `page at ${width}`,
      })
      .toBeLessThanOrEqual(width);
  }
  expect(await seriousViolations(page)).toEqual([]);
  await grid.scrollIntoViewIfNeeded();
  await shoot(page, 'matrix-390.png');
});

test('60 goals and 300 measures: sticky headers, the filter and the keyboard reach every cell', async ({
  person,
}) => {
  const json = sampleConcept({ fields: 12, goals: 60, measures: 300 });
  const concept = await importConcept(json);
  const { page, workspace } = await person('Aylin Demir');
  await page.setViewportSize({ width: 1280, height: 900 });
  await workspace.open(concept.id, concept.ownerToken);
  const started = Date.now();
  await workspace.goTo('Ziele × Maßnahmen');
  const grid = workspace.main.getByRole('grid', { name: 'Ziele und Maßnahmen' });
  await expect(grid).toHaveAttribute('aria-colcount', '301');
  await expect(grid.getByRole('rowheader')).toHaveCount(60);
  await expect(grid.locator('td[tabindex="0"]')).toBeVisible();
  // Recorded, not asserted: speed is measured by benchmarks, not by timed tests.
  const shownAfter = `${Date.now() - started} ms`;
  test.info().annotations.push({ type: 'matrix 60×300 shown after', description: shownAfter });
  console.log(`matrix 60×300 shown after ${shownAfter}`);

  // The last cell by keyboard; the headers stay in view while the grid scrolls to it.
  await grid.locator('td[tabindex="0"]').focus();
  await page.keyboard.press('Control+End');
  const last = grid.locator('td[tabindex="0"]');
  await expect(last).toBeFocused();
  await expect(last).toHaveAttribute('aria-label', /^M-300 .* – Ziel .*: /);
  await expect(last).toHaveAttribute('aria-colindex', '301');
  // Only the columns near the view are rendered (a window of well under 100 of the 300); the others are spacers.
  expect(await grid.locator('td[role="gridcell"]').count()).toBeLessThan(60 * 100);
  await expect(grid.getByRole('columnheader', { name: /^M-300 / })).toBeInViewport();
  await expect(grid.getByRole('rowheader').last()).toBeInViewport();
  expect(await seriousViolations(page)).toEqual([]);
  await shoot(page, 'matrix-large-1280.png');

  // Scrolled to the middle by other means than keys, the columns there come in (the 151st right of the goals).
  await workspace.main.locator('.matrix-scroll').evaluate((box) => {
    const width = box.querySelector<HTMLElement>('td[data-c]')?.offsetWidth ?? 0;
    box.scrollTo({ left: 150 * width });
  });
  await expect(grid.locator('th.matrix-measure[aria-colindex="152"]')).toBeInViewport();
  expect(await grid.locator('td[role="gridcell"]').count()).toBeLessThan(60 * 100);

  // Scrolled back sideways by other means than keys, the grid still has its Tab stop among the cells shown.
  await workspace.main.locator('.matrix-scroll').evaluate((box) => box.scrollTo({ left: 0 }));
  const filter = workspace.main.getByLabel('Handlungsfeld', { exact: true });
  await filter.focus();
  await page.keyboard.press('Tab');
  await expect(grid.locator('td[tabindex="0"]')).toBeFocused();
  await expect(grid.locator('td[tabindex="0"]')).toBeInViewport();

  await filter.selectOption({ index: 1 });
  const field = json.fieldsOfAction[0];
  const count = json.measures.filter((m) => m.primaryFieldId === field?.id).length;
  await expect(grid).toHaveAttribute('aria-colcount', String(count + 1));
  await grid.locator('td[tabindex="0"]').focus();
  await page.keyboard.press('End');
  await expect(grid.locator('td[tabindex="0"]')).toBeFocused();
  await expect(grid.locator('td[tabindex="0"]')).toHaveAttribute('aria-colindex', String(count + 1));
  await shoot(page, 'matrix-large-filtered-1280.png');

  // The filter is still set after another view, and after a reload of the tab.
  const chosen = await filter.inputValue();
  await workspace.goTo(/^Maßnahmenübersicht/);
  await workspace.goTo('Ziele × Maßnahmen');
  await expect(workspace.main.getByLabel('Handlungsfeld', { exact: true })).toHaveValue(chosen);
  await expect(grid).toHaveAttribute('aria-colcount', String(count + 1));
  await page.reload();
  await expect(workspace.main.getByLabel('Handlungsfeld', { exact: true })).toHaveValue(chosen);
  await expect(grid).toHaveAttribute('aria-colcount', String(count + 1));
});

test('a viewer reads the matrix and changes no link', async ({ person }) => {
  const { json, node, m2 } = smallConcept();
  const concept = await importConcept(json);
  const viewerToken = await createLink(concept, 'viewer', 'Presse');
  const { page, workspace } = await person('Mira Schulz');
  await workspace.open(concept.id, viewerToken);
  await page.goto(`/c/${concept.id}/matrix`);
  const grid = workspace.main.getByRole('grid', { name: 'Ziele und Maßnahmen' });
  await expect(grid).toHaveAttribute('aria-readonly', 'true');
  await expect(workspace.main.getByText('Ein Klick auf ein Feld')).toHaveCount(0);
  const handlungs = node('1.2.1');
  const cell = grid.getByRole('gridcell', {
    name: `${m2.name} – ${handlungs.label}: nicht verknüpft`,
    exact: true,
  });
  await cell.click();
  await page.keyboard.press('Space');
  await page.keyboard.press('Control+z');
  await expect(cell).toBeFocused();
  await expect(workspace.main.getByRole('button', { name: 'Rückgängig' })).toHaveCount(0);
  expect((await conceptJson(concept)).measures.find((m: { id: string }) => m.id === m2.id).goalIds).toEqual(
    [],
  );
});
