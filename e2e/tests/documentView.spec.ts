import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { baseUrl, conceptJson, createLink, linkFor, type TestConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

const SCREENSHOTS = join(import.meta.dirname, '..', 'screenshots');
const WIDTHS = [1280, 1024, 768, 390];

async function saveVersion(concept: TestConcept, name: string): Promise<{ id: string; createdAt: string }> {
  const response = await fetch(`${baseUrl()}/api/concepts/${concept.id}/versions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${concept.ownerToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; createdAt: string };
}

/** The page is never wider than the window at each width (tables may scroll inside themselves). */
async function expectNoSidewaysScroll(page: Page, name: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => {
      const root = document.scrollingElement as HTMLElement;
      return root.scrollWidth - root.clientWidth;
    });
    expect(overflow, `${name} at ${width} px`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test.use({ viewport: { width: 1280, height: 900 } });

test('a viewer link opens the document view; search and contents take the reader to the place', async ({
  person,
}) => {
  const concept = await importSample({ measures: 8 });
  const json = await conceptJson(concept);
  const measure = json.measures[3];
  const viewerToken = await createLink(concept, 'viewer', 'Integrationsrat');
  const { page } = await person('Leser Integrationsrat');
  await page.goto(linkFor(concept.id, viewerToken));

  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/document$`));
  const main = page.getByRole('main');
  await expect(main.getByRole('heading', { level: 1, name: json.meta.title })).toBeVisible();
  await expect(
    main.getByRole('group', { name: 'Ansicht' }).getByRole('link', { name: 'Lesen' }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(main.locator('[contenteditable="true"], input:not([type="search"]), textarea')).toHaveCount(0);
  await expect(main.getByRole('heading', { level: 2, name: /Maßnahmensteckbriefe/ })).toBeVisible();

  // Search: the measure's sheet is among the hits, the count is announced, the hit moves focus to the sheet.
  const search = main.getByRole('search', { name: 'Im Konzept suchen' });
  await search.getByRole('searchbox').fill(measure.title);
  await expect(search.getByRole('status')).toHaveText(/^\d+ Treffer$/);
  const hit = search
    .getByRole('list', { name: 'Suchergebnisse' })
    .getByRole('link', { name: new RegExp(`${measure.code} .*Maßnahme · Titel`) });
  await hit.click();
  const sheetHeading = main.getByRole('heading', { level: 3, name: `${measure.code} ${measure.title}` });
  await expect(sheetHeading).toBeFocused();
  await expect(sheetHeading).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(`#measure-${measure.id}`);
  await page.screenshot({ path: join(SCREENSHOTS, 'document-search-1280.png') });

  // The contents jump too, by keyboard.
  const toc = main.getByRole('navigation', { name: 'Inhalt' });
  const chapter = json.chapters[0];
  await toc.getByRole('link', { name: new RegExp(`^1 ${chapter.title}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(main.getByRole('heading', { level: 2, name: `1 ${chapter.title}` })).toBeFocused();

  expect(await seriousViolations(page), 'axe on the document view').toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'document-view-1280.png') });

  // On paper: no header, navigation, switch, search or contents; every chapter on a new page; web addresses readable.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.workspace-header')).toBeHidden();
  await expect(page.locator('.workspace-nav')).toBeHidden();
  await expect(main.getByRole('group', { name: 'Ansicht' })).toBeHidden();
  await expect(toc).toBeHidden();
  const parts = main.locator('.document-part');
  expect(await parts.nth(1).evaluate((part) => getComputedStyle(part).breakBefore)).toBe('page');
  const link = main.locator('.document-text a[href^="http"]').first();
  expect(await link.evaluate((a) => getComputedStyle(a, '::after').content)).toContain('http');
  await page.emulateMedia({ media: 'screen' });
  await expectNoSidewaysScroll(page, 'document view');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(SCREENSHOTS, 'document-view-390.png') });
  await sheetHeading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'document-sheet-390.png') });
  expect(await seriousViolations(page), 'axe on the document view at 390 px').toEqual([]);
});

test('an editor switches between Lesen and Bearbeiten at the same place, and the workspace search leads to the editor', async ({
  person,
}) => {
  const concept = await importSample({ measures: 6 });
  const json = await conceptJson(concept);
  const [measure, other] = [json.measures[1], json.measures[4]];
  const chapter = json.chapters[1];
  const { page, workspace } = await person('Redaktion Fachstelle');
  await workspace.open(concept.id, concept.ownerToken);
  const switcher = workspace.main.getByRole('group', { name: 'Ansicht' });

  await page.goto(`/c/${concept.id}/measure/${measure.id}`);
  await expect(workspace.main.getByLabel('Titel', { exact: true })).toHaveValue(measure.title);
  await switcher.getByRole('link', { name: 'Lesen' }).click();
  await expect(page).toHaveURL(new RegExp(`/document#measure-${measure.id}$`));
  await expect(
    workspace.main.getByRole('heading', { name: `${measure.code} ${measure.title}` }),
  ).toBeFocused();

  await workspace.main
    .getByRole('navigation', { name: 'Inhalt' })
    .getByRole('link', { name: new RegExp(`^2 ${chapter.title}`) })
    .click();
  await switcher.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page).toHaveURL(new RegExp(`/chapter/${chapter.id}$`));
  await expect(workspace.textArea('Kapiteltext')).toBeVisible();

  // Scrolled there by hand rather than jumped: "Bearbeiten" opens what is being read.
  await switcher.getByRole('link', { name: 'Lesen' }).click();
  await expect(workspace.main.getByRole('heading', { level: 2, name: `2 ${chapter.title}` })).toBeFocused();
  const third = json.measures[2];
  await workspace.main
    .getByRole('heading', { level: 3, name: `${third.code} ${third.title}` })
    .evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
  await switcher.getByRole('link', { name: 'Bearbeiten' }).click();
  await expect(page).toHaveURL(new RegExp(`/measure/${third.id}$`));
  await expect(workspace.main.getByLabel('Titel', { exact: true })).toHaveValue(third.title);

  // From an editing view the search spans the whole concept; a hit opens the view that edits it.
  const search = workspace.main.getByRole('search', { name: 'Im Konzept suchen' });
  await search.getByRole('searchbox').fill(other.title);
  await search.getByRole('link', { name: new RegExp(`${other.code} .*Maßnahme · Titel`) }).click();
  await expect(page).toHaveURL(new RegExp(`/measure/${other.id}$`));
  await expect(workspace.main.getByLabel('Titel', { exact: true })).toHaveValue(other.title);
  await expect(search.getByRole('searchbox')).toHaveValue('');
  expect(await seriousViolations(page), 'axe on the workspace with the search').toEqual([]);
  // The editing views' own widths are another issue's part; the mode bar and its search must fit every width.
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const right = await workspace.main
      .locator('.mode-bar')
      .evaluate((bar) => bar.getBoundingClientRect().right);
    expect(right, `mode bar at ${width} px`).toBeLessThanOrEqual(width);
  }
});

test('a saved version opens read-only in the document view under a banner naming it', async ({ person }) => {
  const concept = await importSample({ measures: 4 });
  const json = await conceptJson(concept);
  const version = await saveVersion(concept, 'Entwurf für den Ausschuss');
  const { page, workspace } = await person('Koordination');
  await workspace.open(concept.id, concept.ownerToken);

  // The draft moves on after the version was saved.
  const chapter = json.chapters[0];
  await workspace.goTo(new RegExp(chapter.title));
  const title = workspace.main.getByLabel('Kapiteltitel');
  await title.fill(`${chapter.title} (überarbeitet)`);
  await title.press('Enter');
  await workspace.expectSaved();

  await workspace.goTo(/^Fassungen/);
  const item = workspace.main
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: 'Entwurf für den Ausschuss' }) });
  await item.getByRole('link', { name: 'Lesen' }).click();
  await expect(page).toHaveURL(new RegExp(`/document/${version.id}$`));
  const date = new Intl.DateTimeFormat('de', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(new Date(version.createdAt));
  const banner = workspace.main.getByRole('region', { name: /Fassung „Entwurf für den Ausschuss“ vom/ });
  await expect(banner).toContainText(`Fassung „Entwurf für den Ausschuss“ vom ${date}`);
  await expect(banner).toContainText('lässt sich nicht mehr ändern');
  await expect(workspace.main.getByRole('heading', { level: 2, name: `1 ${chapter.title}` })).toBeVisible();
  await expect(workspace.main.getByText('(überarbeitet)')).toHaveCount(0);
  await expect(workspace.main.locator('[contenteditable="true"]')).toHaveCount(0);
  expect(await seriousViolations(page), 'axe on a version in the document view').toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'document-version-1280.png') });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(SCREENSHOTS, 'document-version-390.png') });
  await expectNoSidewaysScroll(page, 'version in the document view');

  await banner.getByRole('link', { name: 'Zum aktuellen Arbeitsstand' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/document$`));
  await expect(
    workspace.main.getByRole('heading', { level: 2, name: `1 ${chapter.title} (überarbeitet)` }),
  ).toBeVisible();
});
