import { createConcept, createLink, linkFor } from '../fixtures/api.ts';
import { StartPage } from '../fixtures/StartPage.ts';
import { expect, test } from '../fixtures/test.ts';

test('creates a concept from a template and lists it as recently opened', async ({ person }) => {
  const { page, workspace } = await person('Aylin Demir');
  const start = new StartPage(page);
  await start.goto();
  await expect(start.recent).toContainText('noch kein Konzept');

  await start.createConcept('Handlungskonzept Vielfalt', 'Stadt Beispielstadt');
  await expect(page).toHaveURL(/\/c\/[\w-]+$/);
  await expect(page.getByRole('banner')).toContainText('Handlungskonzept Vielfalt');
  await expect(page.getByRole('banner')).toContainText('Eigentümer*in');
  await workspace.expectSaved();
  await expect(workspace.nav.getByRole('link', { name: /Auftrag/ })).toBeVisible();

  await page.getByRole('link', { name: 'Werkbank' }).click();
  await expect(start.recent.getByRole('link', { name: 'Handlungskonzept Vielfalt' })).toBeVisible();
  await expect(start.recent).toContainText('Stadt Beispielstadt');
});

test('opens a pasted link, keeps its token on the device and out of the address bar', async ({ person }) => {
  const concept = await createConcept('Konzept zum Einfügen', 'Gemeinde Musterdorf');
  const token = await createLink(concept, 'editor', 'Steuerungsgremium');
  const { page, workspace } = await person('Jonas Weber');
  const start = new StartPage(page);
  await start.goto();

  await start.openLink('kein Link');
  await expect(page.getByRole('alert')).toContainText('kein Werkbank-Link');
  await start.openLink(`http://irgendwo.example${linkFor(concept.id, 'falsch')}`);
  await expect(page.getByRole('alert')).toContainText('ungültig oder wurde widerrufen');

  await start.openLink(`${new URL(page.url()).origin}${linkFor(concept.id, token)}`);
  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}$`));
  await expect(page.getByRole('banner')).toContainText('Bearbeiten');
  await workspace.expectSaved();
  const stored = await page.evaluate(() => window.localStorage.getItem('werkbank.recentConcepts'));
  expect(stored).toContain(token);
});

test('a link opened from the address bar loses its fragment at once', async ({ person }) => {
  const concept = await createConcept('Konzept aus der Mail', 'Kreis Beispiel');
  const token = await createLink(concept, 'viewer');
  const { page, workspace } = await person('Mira Schulz');
  await workspace.open(concept.id, token);
  expect(new URL(page.url()).hash).toBe('');
  await expect(page.getByRole('banner')).toContainText('Nur lesen');
});

test('a refused token shows a clear page', async ({ person }) => {
  const concept = await createConcept();
  const { page } = await person('Jonas Weber');
  await page.goto(linkFor(concept.id, 'widerrufen-oder-falsch'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Dieser Link ist ungültig oder wurde widerrufen',
  );
});

test('the language switch is remembered', async ({ person }) => {
  const { page } = await person('Aylin Demir');
  const start = new StartPage(page);
  await start.goto();
  await page.getByRole('button', { name: /EN/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your action concepts');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your action concepts');
  await page.getByRole('button', { name: /DE/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ihre Handlungskonzepte');
});
