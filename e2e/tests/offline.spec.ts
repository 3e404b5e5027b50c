import { conceptJson } from '../fixtures/api.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

test('an edit made offline survives a reload and reaches the server when the connection returns', async ({
  person,
}) => {
  const concept = await importSample();
  const chapter = (await conceptJson(concept)).chapters[1];
  const { page, context, workspace } = await person('Aylin Demir');
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.goTo(new RegExp(chapter.title));
  await workspace.typeInto('Kapiteltext', ' Online geschrieben.');
  await workspace.expectSaved();
  // The service worker keeps the app shell; wait until it controls the page, as it would after any visit.
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 30_000,
  });

  await context.setOffline(true);
  await workspace.expectStatus('offline');
  await expect(workspace.status).toContainText('Offline – Änderungen werden auf diesem Gerät gespeichert');
  await workspace.typeInto('Kapiteltext', ' Im Zug ohne Netz.');
  await expect(workspace.textArea('Kapiteltext')).toContainText('Im Zug ohne Netz.');

  await page.reload();
  await expect(workspace.textArea('Kapiteltext')).toContainText('Im Zug ohne Netz.');
  await workspace.expectStatus('offline');
  expect(JSON.stringify((await conceptJson(concept)).chapters[1].body)).not.toContain('Im Zug ohne Netz.');

  await context.setOffline(false);
  await workspace.expectSaved();
  await expect
    .poll(async () => JSON.stringify((await conceptJson(concept)).chapters[1].body))
    .toContain('Im Zug ohne Netz.');
});
