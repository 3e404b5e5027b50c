import { conceptJson, createConcept, createLink } from '../fixtures/api.ts';
import { expect, test } from '../fixtures/test.ts';

test('an editor adds a measure, names it, another sees it live, then it is deleted everywhere', async ({
  person,
}) => {
  const concept = await createConcept('Handlungskonzept Vielfalt', 'Stadt Musterhausen');
  const before = await conceptJson(concept);
  const editorToken = await createLink(concept, 'editor', 'Steuerungsgruppe');
  const aylin = await person('Aylin Demir');
  const jonas = await person('Jonas Weber');
  await aylin.workspace.open(concept.id, concept.ownerToken);
  await jonas.workspace.open(concept.id, editorToken);
  for (const p of [aylin, jonas]) await p.workspace.goTo(/^\d+ Maßnahmen/);
  const seenByJonas = jonas.workspace.main.getByRole('table', { name: 'Maßnahmen' });

  const code = `M-${String(before.measures.length + 1).padStart(2, '0')}`;
  await aylin.workspace.main.getByRole('button', { name: 'Maßnahme anlegen' }).click();
  await expect(aylin.page).toHaveURL(/\/measure\/[^/]+$/);
  const title = aylin.workspace.main.getByLabel('Titel', { exact: true });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue('Neue Maßnahme');
  // The placeholder is selected, so typing replaces it.
  await aylin.page.keyboard.type('Elternabend gegen Rassismus');
  await aylin.page.keyboard.press('Enter');
  await expect(aylin.workspace.main.getByRole('heading', { level: 2 })).toContainText(
    `${code} Elternabend gegen Rassismus`,
  );

  const row = seenByJonas.getByRole('row', { name: new RegExp(`${code}.*Elternabend gegen Rassismus`) });
  await expect(row).toBeVisible();
  await aylin.workspace.expectSaved();
  const added = (await conceptJson(concept)).measures.find((m: { code: string }) => m.code === code);
  expect(added?.title).toBe('Elternabend gegen Rassismus');

  await aylin.workspace.main.getByRole('button', { name: 'Maßnahme löschen' }).click();
  const dialog = aylin.page.getByRole('alertdialog', {
    name: `Maßnahme ${code} „Elternabend gegen Rassismus“ löschen?`,
  });
  await expect(dialog).toContainText('Sie ist mit keinem Ziel verknüpft.');
  await expect(dialog.getByRole('button', { name: 'Abbrechen' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Maßnahme löschen' }).click();
  await expect(aylin.page).toHaveURL(new RegExp(`/c/${concept.id}/measures$`));
  await expect(aylin.workspace.main.getByRole('status').first()).toHaveText(
    `Maßnahme ${code} „Elternabend gegen Rassismus“ liegt jetzt im Papierkorb.`,
  );
  await expect(row).toHaveCount(0);

  await aylin.workspace.expectSaved();
  const after = await conceptJson(concept);
  expect(after.measures.map((m: { id: string }) => m.id)).not.toContain(added.id);
  expect(after.measures).toHaveLength(before.measures.length);
});
