import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { conceptJson } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { StartPage } from '../fixtures/StartPage.ts';
import { firstSampleMeasure, importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
  expect.soft(await seriousViolations(page), `axe on ${name}`).toEqual([]);
}

test.use({ viewport: { width: 1280, height: 860 } });

test('start page, workspace, measure sheet and share dialog have no serious accessibility violation', async ({
  person,
}) => {
  const concept = await importSample();
  const measure = firstSampleMeasure();
  const { page, workspace } = await person('Aylin Demir');

  await workspace.open(concept.id, concept.ownerToken);
  await workspace.expectSaved();
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await check(page, 'workspace');

  await page.goto(`/c/${concept.id}/measure/${measure.id}`);
  await expect(workspace.main.getByRole('heading', { name: new RegExp(measure.code) }).first()).toBeVisible();
  await workspace.expectSaved();
  await check(page, 'measure-sheet');

  const deleteButton = workspace.main.getByRole('button', { name: 'Maßnahme löschen' });
  await deleteButton.click();
  const deleteDialog = page.getByRole('alertdialog', { name: new RegExp(`${measure.code}.*löschen`) });
  await deleteDialog.scrollIntoViewIfNeeded();
  await check(page, 'delete-measure-dialog');
  await page.keyboard.press('Escape');
  await expect(deleteDialog).toBeHidden();
  await expect(deleteButton).toBeFocused();

  await page.getByRole('button', { name: 'Teilen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept teilen' });
  await expect(dialog.getByRole('row')).not.toHaveCount(0);
  await check(page, 'share-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const start = new StartPage(page);
  await start.goto();
  await expect(start.recent.getByRole('listitem')).toHaveCount(1);
  await check(page, 'start-page');
});

test('a chapter with editor and toolbar focused, the goal tree and the measures table have no serious accessibility violation', async ({
  person,
}) => {
  const concept = await importSample();
  const chapter = (await conceptJson(concept)).chapters[0];
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);

  await workspace.goTo(new RegExp(chapter.title));
  const editor = workspace.textArea('Kapiteltext');
  await editor.click();
  // In a plain paragraph: in a list item, Shift+Tab outdents the item instead of leaving the editor.
  await page.keyboard.press('ControlOrMeta+Home');
  await expect(editor).toBeFocused();
  await workspace.expectSaved();
  await check(page, 'chapter-editor-focused');
  await page.keyboard.press('Shift+Tab');
  const toolbar = workspace.main.getByRole('toolbar', { name: 'Formatierung für „Kapiteltext“' });
  await expect(toolbar.locator(':focus')).toHaveCount(1);
  await check(page, 'chapter-toolbar-focused');

  await workspace.goTo(/^\d+ Ziele/);
  const tree = workspace.main.getByRole('tree', { name: 'Zielsystem' });
  await expect(tree.getByRole('treeitem').first()).toBeVisible();
  await check(page, 'goal-tree');
  await tree.getByRole('treeitem').first().focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/goals\/[^/]+$/);
  await check(page, 'goal-tree-with-detail');

  await workspace.goTo('Maßnahmenübersicht');
  const table = workspace.main.getByRole('table', { name: 'Maßnahmen' });
  await expect(table.getByRole('row')).not.toHaveCount(0);
  await check(page, 'measures-table');
});

test('the first visit asks for a name in an accessible dialog', async ({ person }) => {
  const concept = await importSample();
  const { page, workspace } = await person('Neu', { profile: false });
  await page.goto(`/c/${concept.id}#t=${concept.ownerToken}`);
  const dialog = page.getByRole('dialog', { name: 'Wie sollen andere Sie sehen?' });
  await expect(dialog.getByLabel('Name')).toBeFocused();
  await page.screenshot({ path: join(SCREENSHOTS, 'profile-dialog.png') });
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill('Deniz Kaya');
  await dialog.getByRole('radio', { name: 'Farbe 3' }).check();
  await dialog.getByRole('button', { name: 'Speichern' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: /Deniz Kaya \(Sie\)/ })).toBeVisible();
  await page.reload();
  await expect(workspace.nav).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('the skip link leads past header and navigation', async ({ person }) => {
  const concept = await importSample();
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});
