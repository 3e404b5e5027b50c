import { conceptJson } from '../fixtures/api.ts';
import { seriousViolations } from '../fixtures/axe.ts';
import { firstSampleMeasure, importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

function textsOf(node: { text?: string; content?: unknown[] }): string[] {
  return [node.text ?? '', ...(node.content ?? []).flatMap((child) => textsOf(child as typeof node))].filter(
    Boolean,
  );
}

test('a measure deleted by one person is restored by the other, with its text and goal links', async ({
  person,
}) => {
  const concept = await importSample();
  const measure = firstSampleMeasure();
  const before = (await conceptJson(concept)).measures.find((m: { id: string }) => m.id === measure.id);
  expect(before.goalIds.length).toBeGreaterThan(0);
  const aylin = await person('Aylin Demir');
  const jonas = await person('Jonas Weber');
  for (const p of [aylin, jonas]) {
    await p.page.goto(`/c/${concept.id}/measure/${measure.id}#t=${concept.ownerToken}`);
    await expect(
      p.workspace.main.getByRole('heading', { name: new RegExp(measure.code) }).first(),
    ).toBeVisible();
  }

  // Jonas is typing in the measure while Aylin deletes it: her dialog names him, his text is kept.
  const lead = jonas.workspace.main.getByLabel('Federführung', { exact: true });
  await lead.fill('Fachstelle Vielfalt');
  await expect(aylin.workspace.main.getByLabel('Federführung', { exact: true })).toHaveValue(
    'Fachstelle Vielfalt',
  );
  await aylin.workspace.main.getByRole('button', { name: 'Maßnahme löschen' }).click();
  const dialog = aylin.page.getByRole('alertdialog');
  await expect(dialog).toContainText('Jonas Weber bearbeitet diese Maßnahme gerade.');
  await expect(dialog).toContainText('Papierkorb');
  await expect(dialog).not.toContainText('nicht rückgängig');
  await dialog.getByRole('button', { name: 'Maßnahme löschen' }).click();
  await expect(aylin.page).toHaveURL(new RegExp(`/c/${concept.id}/measures$`));

  // Jonas sees who deleted it, and brings it back.
  const notice = jonas.workspace.main.getByRole('status').filter({ hasText: 'Aylin Demir hat die Maßnahme' });
  await expect(notice).toContainText(`„${measure.code}`);
  await expect(notice).toContainText('gelöscht');
  await aylin.workspace.expectSaved();
  expect((await conceptJson(concept)).measures.map((m: { id: string }) => m.id)).not.toContain(measure.id);

  await jonas.workspace.goTo(/^Papierkorb/);
  const item = jonas.workspace.main.getByRole('listitem').filter({ hasText: measure.code });
  await expect(item).toContainText('Gelöscht von Aylin Demir am');
  expect(await seriousViolations(jonas.page), 'axe on the Papierkorb').toEqual([]);
  await jonas.page.screenshot({ path: test.info().outputPath('papierkorb.png'), fullPage: true });
  await item.getByRole('button', { name: /wiederherstellen$/ }).click();
  await expect(
    jonas.workspace.main.getByRole('status').filter({ hasText: 'ist wiederhergestellt' }),
  ).toContainText(`Maßnahme „${measure.code}`);
  await expect(jonas.workspace.main.getByText('Der Papierkorb ist leer.')).toBeVisible();
  await jonas.workspace.main.getByRole('link', { name: 'Öffnen' }).click();
  await expect(jonas.workspace.main.getByLabel('Federführung', { exact: true })).toHaveValue(
    'Fachstelle Vielfalt',
  );

  await jonas.workspace.expectSaved();
  const after = (await conceptJson(concept)).measures.find((m: { id: string }) => m.id === measure.id);
  expect(after.goalIds).toEqual(before.goalIds);
  expect(after.lead).toBe('Fachstelle Vielfalt');
  // The editor may add an empty trailing paragraph when it opens the text; the words are what must be kept.
  expect(textsOf(after.description)).toEqual(textsOf(before.description));
  await aylin.page.goto(`/c/${concept.id}/measure/${measure.id}`);
  await expect(aylin.workspace.main.getByLabel('Federführung', { exact: true })).toHaveValue(
    'Fachstelle Vielfalt',
  );
});
