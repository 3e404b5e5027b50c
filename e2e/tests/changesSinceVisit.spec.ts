import { sampleConcept } from '@werkbank/concept';
import { seriousViolations } from '../fixtures/axe.ts';
import { firstSampleMeasure, importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';
import { WorkspacePage } from '../fixtures/WorkspacePage.ts';

test('the overview names what others changed since one’s last visit, with who, and leads there', async ({
  person,
}, testInfo) => {
  const concept = await importSample();
  const measure = firstSampleMeasure();
  const aylin = await person('Aylin Demir');

  // Aylin's first visit: nothing to compare with yet.
  await aylin.workspace.open(concept.id, concept.ownerToken);
  await expect(aylin.workspace.main.getByRole('region', { name: 'Seit Ihrem letzten Besuch' })).toContainText(
    'Ihr erster Besuch in diesem Konzept auf diesem Gerät',
  );
  await aylin.page.close();

  // Jonas changes the measure's lead and writes into the Leitbild; he only opens a chapter.
  const jonas = await person('Jonas Weber');
  await jonas.page.goto(`/c/${concept.id}/measure/${measure.id}#t=${concept.ownerToken}`);
  const lead = jonas.workspace.main.getByLabel('Federführung', { exact: true });
  await lead.fill('Amt für Integration');
  await jonas.workspace.expectSaved();
  await jonas.page.goto(`/c/${concept.id}/vision`);
  await jonas.workspace.typeInto('Text des Leitbilds', ' Alle sind willkommen.');
  await jonas.workspace.expectSaved();
  // The sample's first chapter ends in a list: the editor adds an empty paragraph on opening it, no edit.
  const chapter = sampleConcept().chapters[0];
  await jonas.page.goto(`/c/${concept.id}/chapter/${chapter?.id}`);
  await expect(jonas.workspace.textArea('Kapiteltext')).toBeVisible();
  await jonas.workspace.expectSaved();

  // Aylin comes back in a new tab of her browser.
  const page = await aylin.context.newPage();
  const workspace = new WorkspacePage(page);
  await page.goto(`/c/${concept.id}`);
  const changes = workspace.main.getByRole('region', { name: 'Seit Ihrem letzten Besuch' });
  await expect(changes).toContainText('Zuletzt waren Sie am');
  await expect(changes).toContainText('Seitdem wurden 2 Teile bearbeitet:');
  const links = changes.getByRole('link');
  await expect(links).toHaveText(['Leitbild', `Maßnahme „${measure.code} ${measure.title}“`]);
  await expect(changes.getByRole('listitem').first()).toContainText('Jonas Weber');
  expect(await seriousViolations(page), 'axe on the overview').toEqual([]);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await changes.screenshot({ path: testInfo.outputPath(`changes-since-${width}.png`) });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await links.nth(1).click();
  await expect(page).toHaveURL(new RegExp(`/measure/${measure.id}$`));
  await expect(page.getByLabel('Federführung', { exact: true })).toHaveValue('Amt für Integration');

  // Her own edits are not news to her: after she edits and returns, the list does not name her.
  await page.getByLabel('Federführung', { exact: true }).fill('Amt für Integration und Vielfalt');
  await workspace.expectSaved();
  await page.goto(`/c/${concept.id}`);
  await expect(changes).not.toContainText('Aylin Demir');
});
