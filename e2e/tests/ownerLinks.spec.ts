import { readFile } from 'node:fs/promises';
import { createConcept, createLink, linkFor } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { StartPage } from '../fixtures/StartPage.ts';
import { expect, test } from '../fixtures/test.ts';
import { WorkspacePage } from '../fixtures/WorkspacePage.ts';

test('the owner opens an editor link of the same concept on the same device and stays owner', async ({
  person,
}) => {
  const concept = await createConcept('Konzept mit zwei Links', 'Kreis Musterland');
  const editorToken = await createLink(concept, 'editor', 'AG Schule');
  const owner = await person('Aylin Demir');
  await owner.workspace.open(concept.id, concept.ownerToken);
  await expect(owner.page.getByRole('banner')).toContainText('Eigentümer*in');

  // The editor link clicked in a mail: a new tab of the same browser.
  const page = await owner.context.newPage();
  const workspace = new WorkspacePage(page);
  const banner = page.getByRole('banner');
  await page.goto(linkFor(concept.id, editorToken));
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('status').filter({ hasText: 'Sie haben einen Link' })).toContainText(
    'Sie haben einen Link mit dem Recht „Bearbeiten“ geöffnet',
  );
  await expect(banner).toContainText('Eigentümer*in');
  expect(await seriousViolations(page), 'axe with the notice').toEqual([]);
  await page.getByRole('button', { name: 'Teilen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept teilen' });
  await expect(dialog.getByRole('row', { name: /AG Schule/ })).toContainText('Bearbeiten');
  await dialog.getByRole('button', { name: 'Schließen' }).click();
  const stored = await page.evaluate(() => window.localStorage.getItem('werkbank.recentConcepts'));
  expect(stored).toContain(concept.ownerToken);
  expect(stored).toContain(editorToken);

  // On purpose: try the editor view, then go back; the owner link stays kept either way.
  await page.getByRole('button', { name: 'Mit diesem Link öffnen' }).click();
  await expect(banner).toContainText('Bearbeiten');
  await expect(page.getByRole('button', { name: 'Teilen' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Wieder als „Eigentümer*in“ öffnen' })).toBeVisible();
  await expect(page.locator('.link-choice-status')).toBeFocused();
  await workspace.expectSaved();
  await page.reload();
  await expect(banner).toContainText('Eigentümer*in');
  await expect(page.getByRole('button', { name: 'Teilen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Mit diesem Link öffnen' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Werkbank' }).click();
  await expect(new StartPage(page).recent.getByRole('listitem')).toContainText('Eigentümer*in');
});

test('a stronger link opened later in the same tab is used at once', async ({ person }) => {
  const concept = await createConcept('Konzept erst gelesen', 'Gemeinde Musterdorf');
  const viewerToken = await createLink(concept, 'viewer');
  const { page, workspace } = await person('Jonas Weber');
  await workspace.open(concept.id, viewerToken);
  await expect(page.getByRole('banner')).toContainText('Nur lesen');
  // Only the fragment differs: the page does not reload.
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `t=${concept.ownerToken}`);
  await expect(page.getByRole('banner')).toContainText('Eigentümer*in');
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('button', { name: 'Mit diesem Link öffnen' })).toHaveCount(0);
});

test('after creating a concept the owner keeps its link safe, and can hand out further owner links', async ({
  person,
}, testInfo) => {
  const { page, workspace } = await person('Mira Schulz');
  const start = new StartPage(page);
  await start.goto();
  await start.createConcept('Vielfalt leben', 'Stadt Beispielstadt');
  const step = page.getByRole('region', { name: 'Diesen Link sicher aufbewahren' });
  await expect(step).toBeVisible();
  await expect(step.getByRole('heading')).toBeFocused();
  const conceptId = new URL(page.url()).pathname.split('/')[2];
  const field = step.getByLabel('Ihr Eigentümer*in-Link');
  await expect(field).toHaveValue(new RegExp(`/c/${conceptId}#t=.{20,}`));
  const link = await field.inputValue();
  await workspace.expectSaved();
  await page.screenshot({ path: testInfo.outputPath('owner-link-step.png') });
  expect(await seriousViolations(page), 'axe with the owner-link step').toEqual([]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    step.getByRole('button', { name: 'Als Textdatei herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('Werkbank-Link Vielfalt leben.txt');
  const text = await readFile((await download.path()) as string, 'utf8');
  expect(text).toContain(link);
  expect(text).toContain('Konzept: Vielfalt leben');
  await expect(step.getByText(/wurde heruntergeladen/)).toHaveAttribute('role', 'status');

  await step.getByRole('button', { name: 'Link ist aufbewahrt' }).click();
  await expect(step).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('banner')).toContainText('Eigentümer*in');
  await expect(step).toHaveCount(0);

  await page.getByRole('button', { name: 'Teilen' }).click();
  const dialog = page.getByRole('dialog', { name: 'Konzept teilen' });
  await expect(
    dialog.getByRole('region', { name: 'Diesen Link sicher aufbewahren' }).getByRole('textbox'),
  ).toHaveValue(link);
  await dialog.getByRole('radio', { name: 'Eigentümer*in' }).check();
  await expect(dialog.getByText(/Ein Eigentümer\*in-Link gibt alle Rechte/)).toBeVisible();
  expect(await seriousViolations(page), 'axe on the share dialog').toEqual([]);
  await dialog.getByLabel('Bezeichnung (optional)').fill('Zweite Leitung');
  await dialog.getByRole('button', { name: 'Link erstellen' }).click();
  const second = await dialog.getByLabel('Neuer Link').inputValue();
  expect(second).not.toBe(link);
  await expect(dialog.getByRole('row', { name: /Zweite Leitung/ })).toContainText('Eigentümer*in');

  const colleague = await person('Jonas Weber');
  await colleague.page.goto(second.replace(/^https?:\/\/[^/]+/, ''));
  await expect(colleague.page.getByRole('banner')).toContainText('Eigentümer*in');
  await expect(colleague.page.getByRole('button', { name: 'Teilen' })).toBeVisible();
  await expect(colleague.page.getByRole('region', { name: 'Diesen Link sicher aufbewahren' })).toHaveCount(0);
});
