import { conceptJson } from '../fixtures/api.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

test('the app opens its sync sockets with single-use tickets: no token in any WebSocket URL', async ({
  person,
}) => {
  const concept = await importSample();
  const { page, workspace } = await person('Aylin Demir');
  const sockets: string[] = [];
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await workspace.open(concept.id, concept.ownerToken);
  const chapter = (await conceptJson(concept)).chapters[0];
  await workspace.goTo(new RegExp(chapter.title));
  await workspace.typeInto('Kapiteltext', ' Über ein Ticket gespeichert.');
  await workspace.expectSaved();
  await expect
    .poll(async () => JSON.stringify((await conceptJson(concept)).chapters[0].body))
    .toContain('Über ein Ticket gespeichert.');

  // A reconnect takes a fresh ticket too.
  await page.context().setOffline(true);
  await workspace.expectStatus('offline');
  await page.context().setOffline(false);
  await workspace.expectSaved();

  const syncSockets = sockets.filter((url) => url.includes('/sync/'));
  expect(syncSockets.length).toBeGreaterThanOrEqual(2);
  for (const url of syncSockets) {
    expect(url).toMatch(/[?&]ticket=[^&]+/);
    expect(url).not.toContain('token=');
    expect(url).not.toContain(concept.ownerToken);
  }
  expect(new Set(syncSockets).size).toBe(syncSockets.length);
});
