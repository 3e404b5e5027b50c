import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { conceptJson, createConcept } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/test.ts';

const INTRO = 'Der Kreis Musterland versteht sich als Ort der Vielfalt.';
const VISION = 'Alle Menschen im Kreis leben sicher und gleichberechtigt zusammen.';

async function shoot(page: Page, name: string): Promise<void> {
  const folder = process.env.WERKBANK_E2E_SHOTS ?? test.info().outputPath();
  mkdirSync(folder, { recursive: true });
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.screenshot({ path: join(folder, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('the Leitbild is one place: one navigation entry, its introduction and the vision beneath, both in the document', async ({
  person,
}) => {
  const concept = await createConcept('Handlungskonzept Vielfalt', 'Kreis Musterland');
  const { page, workspace } = await person('Fachstelle Vielfalt');
  const { main, nav } = workspace;
  await page.setViewportSize({ width: 1280, height: 900 });
  await workspace.open(concept.id, concept.ownerToken);

  // Each structured part once: "5 Leitbild", "6 Ziele" … and no separate Leitbild, Zielsystem or Akteur*innen entry.
  await expect(nav.getByRole('link', { name: /Leitbild/ })).toHaveCount(1);
  await expect(nav.getByRole('link', { name: /^(Zielsystem|Maßnahmenübersicht|Akteur)/ })).toHaveCount(0);
  await workspace.goTo(/^5 Leitbild/);
  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/vision$`));
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('5 Leitbild');

  // The guiding questions and the hint stand beside the empty chapter, open; closed, they stay closed.
  const guide = main.getByRole('button', { name: 'Leitfragen zu diesem Kapitel' });
  await expect(guide).toHaveAttribute('aria-expanded', 'true');
  await expect(main.getByText('Was eine gute Antwort enthält:')).toBeVisible();
  expect(await seriousViolations(page), 'axe on the Leitbild').toEqual([]);
  await shoot(page, 'leitbild');

  await workspace.typeInto('Einleitung', INTRO);
  await workspace.typeInto('Text des Leitbilds', VISION);
  await guide.click();
  await expect(guide).toHaveAttribute('aria-expanded', 'false');
  await workspace.expectSaved();
  await page.reload();
  await expect(main.getByRole('button', { name: 'Leitfragen zu diesem Kapitel' })).toHaveAttribute(
    'aria-expanded',
    'false',
  );
  await expect(workspace.textArea('Einleitung')).toHaveText(INTRO);

  // Stored as the Leitbild chapter's introduction and the vision.
  const stored = await conceptJson(concept);
  const chapter = stored.chapters.find((c: { key: string }) => c.key === 'leitbild');
  expect(chapter.kind).toBe('vision');
  expect(JSON.stringify(chapter.body)).toContain(INTRO);
  expect(JSON.stringify(stored.vision)).toContain(VISION);

  // Ziele: the chapter's introduction first, the goal system beneath.
  await workspace.goTo(/^6 Ziele/);
  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/goals$`));
  await expect(main.getByRole('heading', { level: 1 })).toHaveText('6 Ziele');
  await expect(main.getByRole('heading', { level: 2, name: 'Zielsystem' })).toBeVisible();
  await expect(workspace.textArea('Einleitung')).toBeVisible();
  expect(await seriousViolations(page), 'axe on Ziele').toEqual([]);
  await shoot(page, 'ziele');

  // The document view reads both under one heading: the introduction, then the vision.
  await page.goto(`/c/${concept.id}/document`);
  const section = main
    .locator('section')
    .filter({ has: page.getByRole('heading', { name: /^\d+ Leitbild$/ }) });
  await expect(section.first()).toContainText(INTRO);
  const text = (await section.first().textContent()) ?? '';
  expect(text.indexOf(INTRO)).toBeGreaterThan(-1);
  expect(text.indexOf(VISION)).toBeGreaterThan(text.indexOf(INTRO));
});
