import type { Locator, Page } from '@playwright/test';
import { conceptJson, createConcept, createLink } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/test.ts';

async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: test.info().outputPath(`${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** The phase button on the path, by the phase's title. */
function phase(main: Locator, title: string): Locator {
  return main.locator('.wb-phase-path').getByRole('button', { name: new RegExp(`: ${title}$`) });
}

test('a concept is walked from Bestandsaufnahme to Priorisierung: ticks with who and when, findings resolved by their links', async ({
  person,
}) => {
  const concept = await createConcept('Handlungskonzept Vielfalt', 'Kreis Musterland');
  const owner = await person('Fachstelle Vielfalt');
  const { page, workspace } = owner;
  const main = workspace.main;
  await workspace.open(concept.id, concept.ownerToken);

  // The path starts on the first phase; the owner makes Bestandsaufnahme the current one.
  await workspace.goTo('Prozess und Checklisten');
  await expect(main.getByRole('heading', { name: 'Checkliste: Auftrag und Struktur' })).toBeVisible();
  await expect(main.locator('.wb-phase[aria-current="step"]')).toContainText('Auftrag und Struktur');
  await phase(main, 'Bestandsaufnahme').click();
  await main.getByRole('button', { name: 'Als aktuelle Phase festlegen' }).click();
  await expect(main.locator('.wb-phase[aria-current="step"]')).toContainText('Bestandsaufnahme');

  // Items ticked by hand say who and when.
  const data = main.getByRole('checkbox', { name: /^Daten sind zusammengetragen/ });
  await data.check();
  await expect(main.getByText(/^abgehakt von Fachstelle Vielfalt am \d/)).toBeVisible();
  await main.getByRole('checkbox', { name: /^Bestehende Angebote sind erfasst/ }).check();
  await main.getByRole('checkbox', { name: /^Betroffene und ihre Selbstorganisationen/ }).check();
  const actorsItem = main.getByRole('listitem').filter({ hasText: 'in der Akteursliste erfasst' });
  await expect(actorsItem).toContainText('prüft Werkbank selbst: noch nicht erfüllt');
  expect(await seriousViolations(page), 'axe on the process path').toEqual([]);
  await shoot(page, 'process-path');

  // The findings lead straight to the places: the actor list and the stocktaking chapters.
  await main.getByRole('button', { name: 'Offene Hinweise ansehen' }).click();
  await expect(main.getByText(/^Noch nicht vollständig: \d+ Lücken/)).toBeVisible();
  await expect(main.getByRole('region', { name: /Leere Pflichtkapitel: 13/ })).toBeVisible();
  expect(await seriousViolations(page), 'axe on the findings').toEqual([]);
  await shoot(page, 'findings');
  await main.getByRole('button', { name: 'Es sind noch keine Akteur*innen erfasst' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/actors$`));
  await main.getByRole('button', { name: 'Akteur hinzufügen' }).click();
  await main.getByRole('textbox', { name: 'Name (Neuer Akteur)' }).fill('Integrationsrat');
  for (const title of [
    'Ausgangslage: Daten und Lagebild',
    'Ausgangslage: Akteur*innen und bestehende Angebote',
    'Ausgangslage: Perspektive der Betroffenen',
  ]) {
    await workspace.goTo('Hinweise');
    await main.getByRole('button', { name: `Kapitel „${title}“ ist noch leer` }).click();
    await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/chapter/`));
    await workspace.typeInto('Kapiteltext', `Entwurf zu ${title}.`);
  }
  await workspace.goTo('Hinweise');
  await expect(main.getByRole('region', { name: /Leere Pflichtkapitel: 10/ })).toBeVisible();
  await expect(main.getByRole('button', { name: /Akteur\*innen erfasst/ })).toHaveCount(0);

  // The automatic items ticked themselves: Bestandsaufnahme is complete.
  await workspace.goTo('Prozess und Checklisten');
  await phase(main, 'Bestandsaufnahme').click();
  await expect(actorsItem).toContainText('prüft Werkbank selbst: erfüllt');
  await expect(
    main.getByRole('listitem').filter({ hasText: 'Die Kapitel zur Ausgangslage liegen im Entwurf vor' }),
  ).toContainText('erfüllt');
  await expect(main.locator('.wb-phase').filter({ hasText: 'Bestandsaufnahme' })).toContainText(
    '5 von 5 erledigt',
  );

  // Leitbild und Ziele: the Leitbild finding leads to the Leitbild.
  await phase(main, 'Leitbild und Ziele').click();
  await main.getByRole('button', { name: 'Als aktuelle Phase festlegen' }).click();
  await expect(main.locator('.wb-phase[aria-current="step"]')).toContainText('Leitbild und Ziele');
  await workspace.goTo('Hinweise');
  await main.getByRole('button', { name: 'Das Leitbild ist noch leer' }).click();
  await expect(page).toHaveURL(new RegExp(`/c/${concept.id}/vision$`));
  await workspace.typeInto('Text des Leitbilds', 'Alle Menschen im Kreis leben gleichberechtigt zusammen.');
  await workspace.goTo('Hinweise');
  await expect(main.getByRole('button', { name: 'Das Leitbild ist noch leer' })).toHaveCount(0);
  await workspace.goTo('Prozess und Checklisten');
  await main.getByRole('checkbox', { name: /^Leitbild ist formuliert/ }).check();

  // Maßnahmenentwicklung, then Priorisierung.
  for (const title of ['Maßnahmenentwicklung in Workshops', 'Priorisierung und Freigabe']) {
    await phase(main, title).click();
    await main.getByRole('button', { name: 'Als aktuelle Phase festlegen' }).click();
    await expect(main.locator('.wb-phase[aria-current="step"]')).toContainText(title);
  }
  await workspace.expectSaved();
  const stored = await conceptJson(concept);
  expect(stored.meta.phase).toBe('priorisierung');
  expect(stored.checklistTicks['bestand-daten'].by).toBe('Fachstelle Vielfalt');
  expect(stored.checklistTicks['ziele-leitbild'].by).toBe('Fachstelle Vielfalt');
  expect(Object.keys(stored.checklistTicks).sort()).toEqual([
    'bestand-angebote',
    'bestand-betroffene',
    'bestand-daten',
    'ziele-leitbild',
  ]);

  // Opening the concept lands on "Wo stehen wir": the current phase, what is open in it, the next step.
  await workspace.goTo('Übersicht');
  const where = main.getByRole('region', { name: 'Wo stehen wir' });
  await expect(where).toContainText('Phase 5 von 8: Priorisierung und Freigabe.');
  await expect(where.getByRole('link', { name: /^Vorschläge sind priorisiert/ })).toBeVisible();
  expect(await seriousViolations(page), 'axe on the overview').toEqual([]);
  await shoot(page, 'where-we-stand');

  // Someone with an editor link sees the path and who ticked what, and cannot move the phase.
  const editor = await person('Jugendamt');
  await editor.workspace.open(concept.id, await createLink(concept, 'editor'));
  await editor.workspace.goTo('Prozess und Checklisten');
  await expect(editor.workspace.main.locator('.wb-phase[aria-current="step"]')).toContainText(
    'Priorisierung und Freigabe',
  );
  await phase(editor.workspace.main, 'Bestandsaufnahme').click();
  await expect(
    editor.workspace.main.getByText(/^abgehakt von Fachstelle Vielfalt am \d/).first(),
  ).toBeVisible();
  await expect(
    editor.workspace.main.getByRole('button', { name: 'Als aktuelle Phase festlegen' }),
  ).toHaveCount(0);
});
