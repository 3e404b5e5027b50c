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
  await workspace.goTo(/Zielsystem/);
  await expect(page).toHaveURL(/\/goals$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/measures$/);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
});
