import { conceptJson } from '../fixtures/api.ts';
import { firstSampleMeasure, importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

test("two people co-write a chapter and see each other and each other's words", async ({ person }) => {
  const concept = await importSample();
  const json = await conceptJson(concept);
  const chapter = json.chapters[0];
  const aylin = await person('Aylin Demir');
  const jonas = await person('Jonas Weber');
  await aylin.workspace.open(concept.id, concept.ownerToken);
  await jonas.workspace.open(concept.id, concept.ownerToken);

  for (const p of [aylin, jonas]) await p.workspace.goTo(new RegExp(chapter.title));
  await expect(aylin.page).toHaveURL(new RegExp(`/chapter/${chapter.id}$`));

  await aylin.workspace.typeInto('Kapiteltext', ' Satz von Aylin.');
  await expect(jonas.workspace.textArea('Kapiteltext')).toContainText('Satz von Aylin.');
  await jonas.workspace.typeInto('Kapiteltext', ' Ergänzung von Jonas.');
  await expect(aylin.workspace.textArea('Kapiteltext')).toContainText('Ergänzung von Jonas.');

  // Each sees the other, by name, in this chapter.
  await expect(aylin.workspace.nav.getByText('Hier: Jonas Weber').first()).toBeAttached();
  await expect(jonas.workspace.nav.getByText('Hier: Aylin Demir').first()).toBeAttached();
  await expect(aylin.workspace.presence()).toContainText('Jonas Weber');
  await expect(jonas.workspace.presence()).toContainText('Aylin Demir');

  await aylin.workspace.expectSaved();
  await jonas.workspace.expectSaved();
  await aylin.page.reload();
  await expect(aylin.workspace.textArea('Kapiteltext')).toContainText('Satz von Aylin.');
  await expect(aylin.workspace.textArea('Kapiteltext')).toContainText('Ergänzung von Jonas.');
  const stored = JSON.stringify((await conceptJson(concept)).chapters[0].body);
  expect(stored).toContain('Satz von Aylin.');
  expect(stored).toContain('Ergänzung von Jonas.');
});

test("the one at the focused chapter editor sees the other's caret and selection, named and in her colour", async ({
  person,
}) => {
  const concept = await importSample();
  const chapter = (await conceptJson(concept)).chapters[0];
  const aylin = await person('Aylin Demir');
  const jonas = await person('Jonas Weber');
  expect(aylin.color).not.toBe(jonas.color);
  for (const p of [aylin, jonas]) {
    await p.workspace.open(concept.id, concept.ownerToken);
    await p.workspace.goTo(new RegExp(chapter.title));
  }
  const seenByJonas = jonas.workspace.textArea('Kapiteltext');
  const carets = seenByJonas.locator('.collaboration-carets__caret');

  // An editor without focus shows no carets.
  await aylin.workspace.typeInto('Kapiteltext', ' Erster Satz von Aylin.');
  await expect(seenByJonas).toContainText('Erster Satz von Aylin.');
  await expect(carets).toHaveCount(0);

  await seenByJonas.click();
  await expect(seenByJonas).toBeFocused();
  await aylin.page.keyboard.type(' Zweiter Satz.');
  await expect(seenByJonas).toContainText('Zweiter Satz.');
  await expect(carets).toHaveCount(1);
  const caret = carets.first();
  const label = caret.locator('.collaboration-carets__label');
  await expect(label).toHaveText('Aylin Demir');
  await expect(caret).toHaveCSS('border-left-color', rgb(aylin.color));
  await expect(label).toHaveCSS('background-color', rgb(aylin.color));
  // The caret stands where Aylin's is: right after what she typed last.
  expect(await caret.evaluate((el) => el.previousSibling?.textContent ?? '')).toMatch(/Zweiter Satz\.$/);

  for (let i = 0; i < 'Satz.'.length; i++) await aylin.page.keyboard.press('Shift+ArrowLeft');
  const selection = seenByJonas.locator('.ProseMirror-yjs-selection');
  await expect(selection).toHaveText('Satz.');
  await expect(selection).toHaveCSS('background-color', rgb(aylin.color, 0x70));
  await expect(label).toHaveText('Aylin Demir');

  // And Aylin, at her focused editor, sees Jonas's caret in his colour, never her own.
  const seenByAylin = aylin.workspace.textArea('Kapiteltext').locator('.collaboration-carets__caret');
  await expect(seenByAylin).toHaveCount(1);
  await expect(seenByAylin.locator('.collaboration-carets__label')).toHaveText('Jonas Weber');
  await expect(seenByAylin).toHaveCSS('border-left-color', rgb(jonas.color));

  // Once Jonas leaves the editor, it drops the carets; Aylin's is still there for the editor that has focus.
  await jonas.workspace.main.getByLabel('Kapiteltitel').focus();
  await expect(carets).toHaveCount(0);
  await seenByJonas.click();
  await expect(carets.locator('.collaboration-carets__label')).toHaveText('Aylin Demir');
});

test('two people edit the same measure sheet', async ({ person }) => {
  const concept = await importSample();
  const measure = firstSampleMeasure();
  const aylin = await person('Aylin Demir');
  const jonas = await person('Jonas Weber');
  for (const p of [aylin, jonas]) {
    await p.page.goto(`/c/${concept.id}/measure/${measure.id}#t=${concept.ownerToken}`);
    await expect(
      p.workspace.main.getByRole('heading', { name: new RegExp(measure.code) }).first(),
    ).toBeVisible();
  }
  await expect(jonas.workspace.nav.getByText('Hier: Aylin Demir').first()).toBeAttached();

  await aylin.workspace.typeInto('Beschreibung', ' Mit Schulen im ganzen Kreis.');
  await expect(jonas.workspace.textArea('Beschreibung')).toContainText('Mit Schulen im ganzen Kreis.');

  const lead = jonas.workspace.main.getByLabel('Federführung', { exact: true });
  await lead.fill('Kommunales Integrationszentrum');
  await lead.press('Enter');
  await expect(aylin.workspace.main.getByLabel('Federführung', { exact: true })).toHaveValue(
    'Kommunales Integrationszentrum',
  );

  await aylin.workspace.expectSaved();
  await jonas.workspace.expectSaved();
  await jonas.page.reload();
  await expect(jonas.workspace.textArea('Beschreibung')).toContainText('Mit Schulen im ganzen Kreis.');
  await expect(jonas.workspace.main.getByLabel('Federführung', { exact: true })).toHaveValue(
    'Kommunales Integrationszentrum',
  );
  const stored = (await conceptJson(concept)).measures.find((m: { id: string }) => m.id === measure.id);
  expect(stored.lead).toBe('Kommunales Integrationszentrum');
  expect(JSON.stringify(stored.description)).toContain('Mit Schulen im ganzen Kreis.');

  // A pause in typing is enough: the other sees the field while its writer is still in it, and a reload keeps it.
  const line = stored.costLines.length + 1;
  await aylin.workspace.main.getByRole('button', { name: 'Kostenzeile hinzufügen' }).click();
  const amount = `Betrag in Euro von Kostenzeile ${line}`;
  const costs = aylin.workspace.main.getByLabel(amount, { exact: true });
  await costs.fill('4800');
  await expect(jonas.workspace.main.getByLabel(amount, { exact: true })).toHaveValue('4.800');
  await expect(costs).toBeFocused();
  await aylin.workspace.expectSaved();
  await aylin.page.reload();
  await expect(aylin.workspace.main.getByLabel(amount, { exact: true })).toHaveValue('4.800');
  const lines = (await conceptJson(concept)).measures.find(
    (m: { id: string }) => m.id === measure.id,
  ).costLines;
  expect(lines.at(-1).amount).toBe(4800);
});

test('moving between parts needs no page load', async ({ person }) => {
  const concept = await importSample();
  const { page, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'same page';
  });
  await workspace.goTo('Maßnahmenübersicht');
  await expect(page).toHaveURL(/\/measures$/);
  await workspace.goTo(/^\d+ Ziele/);
  await expect(page).toHaveURL(/\/goals$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/measures$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
});

/** `#rrggbb` (with `alpha` 0–255 as y-prosemirror appends it) as the browser computes it: `rgb(r, g, b)` or `rgba(…)`. */
function rgb(hex: string, alpha?: number): string {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return alpha === undefined
    ? `rgb(${r}, ${g}, ${b})`
    : `rgba(${r}, ${g}, ${b}, ${Math.round((alpha / 255) * 100) / 100})`;
}

test('two people type into "Federführung" at the same time and both texts are there after a reload', async ({
  person,
}) => {
  const concept = await importSample();
  const measure = firstSampleMeasure();
  const aylin = await person('Aylin Demir');
  const jonas = await person('Jonas Weber');
  for (const p of [aylin, jonas]) {
    await p.page.goto(`/c/${concept.id}/measure/${measure.id}#t=${concept.ownerToken}`);
    await expect(p.workspace.main.getByLabel('Federführung', { exact: true })).toBeVisible();
  }
  // Both start from the same text, then type before either sees the other's characters.
  const lead = aylin.workspace.main.getByLabel('Federführung', { exact: true });
  await lead.fill('Integrationsbüro');
  await expect(jonas.workspace.main.getByLabel('Federführung', { exact: true })).toHaveValue(
    'Integrationsbüro',
  );
  await aylin.workspace.expectSaved();
  for (const p of [aylin, jonas]) {
    await p.context.setOffline(true);
    await p.workspace.expectStatus('offline');
  }
  await lead.press('End');
  await aylin.page.keyboard.type(' und Jugendamt');
  const jonasLead = jonas.workspace.main.getByLabel('Federführung', { exact: true });
  await jonasLead.press('Home');
  await jonas.page.keyboard.type('Kreis: ');
  await expect(lead).toHaveValue('Integrationsbüro und Jugendamt');
  await expect(jonasLead).toHaveValue('Kreis: Integrationsbüro');

  for (const p of [aylin, jonas]) await p.context.setOffline(false);
  for (const p of [aylin, jonas]) await p.workspace.expectSaved();
  const merged = 'Kreis: Integrationsbüro und Jugendamt';
  await expect(lead).toHaveValue(merged);
  await expect(jonasLead).toHaveValue(merged);
  for (const p of [aylin, jonas]) {
    await p.page.reload();
    await expect(p.workspace.main.getByLabel('Federführung', { exact: true })).toHaveValue(merged);
  }
  const stored = (await conceptJson(concept)).measures.find((m: { id: string }) => m.id === measure.id);
  expect(stored.lead).toBe(merged);
});
