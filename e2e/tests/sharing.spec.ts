import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

test('the owner creates, copies and revokes links; a revoked link stops working', async ({ person }) => {
  const concept = await importSample();
  const owner = await person('Aylin Demir');
  await owner.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await owner.workspace.open(concept.id, concept.ownerToken);

  await owner.page.getByRole('button', { name: 'Teilen' }).click();
  const dialog = owner.page.getByRole('dialog', { name: 'Konzept teilen' });
  await dialog.getByLabel('Bearbeiten').check();
  await dialog.getByLabel('Bezeichnung (optional)').fill('AG Schule');
  await dialog.getByRole('button', { name: 'Link erstellen' }).click();
  const newLink = dialog.getByLabel('Neuer Link');
  await expect(newLink).toHaveValue(new RegExp(`/c/${concept.id}#t=`));
  const link = await newLink.inputValue();
  await dialog.getByRole('button', { name: 'Kopieren' }).first().click();
  await expect(dialog.getByText('Kopiert')).toBeVisible();
  expect(await owner.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await expect(dialog.getByRole('row', { name: /AG Schule/ })).toContainText('Bearbeiten');

  const guest = await person('Jonas Weber');
  await guest.page.goto(link);
  await expect(guest.page.getByRole('banner')).toContainText('Bearbeiten');
  await guest.workspace.expectSaved();

  owner.page.once('dialog', (confirm) => void confirm.accept());
  await dialog.getByRole('button', { name: 'Link „AG Schule“ widerrufen' }).click();
  await expect(dialog.getByRole('row', { name: /AG Schule/ })).toContainText('widerrufen');
  await expect(guest.page.getByRole('heading', { level: 1 })).toHaveText(
    'Dieser Link ist ungültig oder wurde widerrufen',
  );

  await dialog.getByRole('button', { name: 'Schließen' }).click();
  await expect(dialog).toBeHidden();
  await expect(owner.page.getByRole('button', { name: 'Teilen' })).toBeFocused();
});
