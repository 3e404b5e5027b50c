import { join } from 'node:path';
import { type ConceptJSON, sampleConcept } from '@werkbank/concept';
import { conceptJson, importConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/test.ts';

const SHOTS = process.env.WERKBANK_E2E_SHOTS ?? join(import.meta.dirname, '..', 'screenshots');

const FIVE_LEVELS = [
  { singular: 'Leitziel', plural: 'Leitziele' },
  { singular: 'Teilziel', plural: 'Teilziele' },
  { singular: 'Handlungsziel', plural: 'Handlungsziele' },
  { singular: 'Wirkungsziel', plural: 'Wirkungsziele' },
  { singular: 'Meilenstein', plural: 'Meilensteine' },
];

/** A small sample whose first Handlungsziel carries two more levels: a tree five levels deep. */
function fiveLevelConcept(): ConceptJSON {
  const json = sampleConcept({ fields: 2, goals: 5, measures: 3 });
  const deepest = json.goals.find((g) => json.goals.some((p) => p.id === g.parentId && p.parentId !== null));
  const [template] = json.goals;
  if (!deepest || !template) throw new Error('the sample has three levels');
  const goal = (id: string, parentId: string, title: string) => ({
    ...template,
    id,
    parentId,
    title,
    indicators: [],
    fieldIds: [],
  });
  json.goals.push(
    goal('ebene-4a', deepest.id, 'Sportvereine haben eine Ansprechperson für Diskriminierung'),
    goal('ebene-5a', 'ebene-4a', 'Zehn Vereine haben die Ansprechperson benannt'),
    goal('ebene-4b', deepest.id, 'Beratungsstellen sind in den Vereinen bekannt'),
  );
  json.goalLevels = FIVE_LEVELS;
  // A revision already under way after the adopted version: its question would otherwise come up at the first edit.
  const adopted = json.versions.find((v) => v.adopted);
  if (adopted)
    json.revision = {
      name: 'Fortschreibung 2027',
      startedAt: new Date().toISOString(),
      afterVersionId: adopted.id,
    };
  return json;
}

test('the steering group renames a goal level; the tree and the document view use the new name', async ({
  person,
}) => {
  const concept = await importConcept(fiveLevelConcept());
  const { page, workspace } = await person('Aylin Demir');
  await page.setViewportSize({ width: 1280, height: 900 });
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.goTo(/^\d+ Ziele/);
  await expect(page).toHaveURL(/\/goals$/);
  const main = workspace.main;
  const tree = main.getByRole('tree', { name: 'Zielsystem' });

  // Five levels, each named as the concept names it, at depth 4 and 5 too.
  const fourth = tree.getByRole('treeitem', { name: /Sportvereine haben eine Ansprechperson/ });
  await expect(fourth).toHaveAttribute('aria-level', '4');
  await expect(fourth.locator('.wb-badge').first()).toHaveText('Wirkungsziel');
  const fifth = tree.getByRole('treeitem', { name: /Zehn Vereine haben/ });
  await expect(fifth).toHaveAttribute('aria-level', '5');
  await expect(fifth.locator('.wb-badge').first()).toHaveText('Meilenstein');
  // Visually distinct: each level its own rule colour and indentation.
  const styles = await tree.getByRole('treeitem').evaluateAll((items) =>
    items.map((item) => {
      const row = item.querySelector('.wb-goal__row') as HTMLElement;
      return `${item.getAttribute('aria-level')}:${getComputedStyle(row).borderLeftColor}:${row.getBoundingClientRect().left}`;
    }),
  );
  const byLevel = new Map(styles.map((s) => [s.split(':')[0], s.split(':').slice(1).join(':')]));
  expect(new Set(byLevel.values()).size).toBe(5);
  await page.screenshot({ path: join(SHOTS, 'goal-levels-tree-1280.png'), fullPage: true });

  // Rename the fourth level by keyboard in "Zielebenen".
  await main.getByText(/^Zielebenen:/).click();
  const singular = main.getByLabel('Ebene 4, Einzahl');
  await singular.fill('Maßnahmenziel');
  await singular.press('Enter');
  const plural = main.getByLabel('Ebene 4, Mehrzahl');
  await plural.fill('Maßnahmenziele');
  await plural.press('Tab');
  await expect(fourth.locator('.wb-badge').first()).toHaveText('Maßnahmenziel');
  await expect(
    main.getByText(/^Zielebenen: Leitziel → Teilziel → Handlungsziel → Maßnahmenziel → Meilenstein$/),
  ).toBeVisible();
  await workspace.expectSaved();
  expect((await conceptJson(concept)).goalLevels[3]).toEqual({
    singular: 'Maßnahmenziel',
    plural: 'Maßnahmenziele',
  });
  expect(await seriousViolations(page), 'axe on the goal system with its levels').toEqual([]);
  await page.screenshot({ path: join(SHOTS, 'goal-levels-editor-1280.png'), fullPage: true });

  // The document view names the level the new way, in headings and in the overview's counts.
  await page.goto(page.url().replace(/\/goals$/, '/document'));
  const article = page.getByRole('main');
  await expect(
    article.getByRole('heading', {
      name: /^Maßnahmenziel \d+\.\d+\.\d+\.1: Sportvereine haben eine Ansprechperson/,
    }),
  ).toBeVisible();
  await expect(
    article.getByRole('heading', { name: /^Meilenstein \d+(\.\d+){4}: Zehn Vereine/ }),
  ).toBeVisible();
  await expect(article.getByText(/2 Maßnahmenziele und 1 Meilenstein\./)).toBeVisible();
  await expect(article.getByText(/Wirkungsziel/)).toHaveCount(0);

  // At 390 px the tree still keeps five levels apart, without sideways scrolling.
  await page.goBack();
  await expect(page).toHaveURL(/\/goals$/);
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(tree.getByRole('treeitem', { name: /Zehn Vereine haben/ })).toBeVisible();
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: join(SHOTS, 'goal-levels-tree-390.png'), fullPage: true });
  // The levels' form fits too: fields wrap under each other.
  await main.getByText(/^Zielebenen:/).click();
  await expect(main.getByLabel('Ebene 5, Mehrzahl')).toBeVisible();
  const formOverflow = await page.evaluate(() => {
    const root = document.scrollingElement as HTMLElement;
    return root.scrollWidth - root.clientWidth;
  });
  expect(formOverflow).toBeLessThanOrEqual(0);
  await main.getByLabel('Ebene 5, Mehrzahl').scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'goal-levels-editor-390.png') });
});
