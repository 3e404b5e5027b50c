import { conceptJson } from '../fixtures/api.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

/** A y-websocket sync step 2 (message type 0, sync message type 1): the answer to a sync step 1. */
function isSyncStep2(payload: Buffer | string): payload is Buffer {
  return typeof payload !== 'string' && payload[0] === 0 && payload[1] === 1;
}

test('a first visit gets the concept once, compressed over HTTP; the socket brings only what changed, and saves', async ({
  person,
}) => {
  const concept = await importSample();
  const { page, workspace } = await person('Aylin Demir');
  const answers: number[] = [];
  let received = 0;
  page.on('websocket', (socket) => {
    if (!socket.url().includes('/sync/')) return;
    socket.on('framereceived', ({ payload }) => {
      received += payload.length;
      if (isSyncStep2(payload)) answers.push(payload.length);
    });
  });
  const copies: { status: number; sent: number; size: number }[] = [];
  page.on('requestfinished', async (request) => {
    if (new URL(request.url()).pathname !== `/api/concepts/${concept.id}/state`) return;
    const response = await request.response();
    const sizes = await request.sizes();
    copies.push({
      status: response?.status() ?? 0,
      sent: sizes.responseBodySize,
      size: (await response?.body())?.length ?? 0,
    });
  });
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.expectSaved();
  const chapter = (await conceptJson(concept)).chapters[0];
  await workspace.goTo(new RegExp(chapter.title));
  await workspace.typeInto('Kapiteltext', ' Einmal geladen.');
  await workspace.expectSaved();
  await expect
    .poll(async () => JSON.stringify((await conceptJson(concept)).chapters[0].body))
    .toContain('Einmal geladen.');

  // The 25-measure sample is about 100 kB as Yjs state; it crossed the wire compressed, once.
  expect(copies).toHaveLength(1);
  const [copy] = copies;
  expect(copy?.status).toBe(200);
  expect(copy?.size).toBeGreaterThan(50_000);
  expect(copy?.sent).toBeLessThan((copy?.size ?? 0) / 3);
  // Every answer on the socket (to its own sync step 1 and to the save confirmations) holds only what the
  // server has beyond what this side has: nobody else wrote.
  expect(answers.length).toBeGreaterThan(1);
  for (const size of answers) expect(size).toBeLessThan(1_000);
  expect(received).toBeLessThan(20_000);

  // Opened again, the device's copy is used and the concept is not fetched again.
  await page.reload();
  await workspace.expectSaved();
  await expect(workspace.textArea('Kapiteltext')).toContainText('Einmal geladen.');
  expect(copies).toHaveLength(1);
});

test('opening a link asks the server for the summary and the sync ticket once each, before the page’s code', async ({
  person,
}) => {
  const concept = await importSample();
  const { page, workspace } = await person('Aylin Demir');
  const asked: string[] = [];
  page.on('request', (request) => asked.push(new URL(request.url()).pathname));
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.expectSaved();

  const summary = `/api/concepts/${concept.id}/summary`;
  const ticket = `/api/concepts/${concept.id}/sync-ticket`;
  expect(asked.filter((path) => path === summary)).toHaveLength(1);
  expect(asked.filter((path) => path === ticket)).toHaveLength(1);
  // Both went out as the app started, while the concept page's code was still to come.
  const pageCode = asked.findIndex((path) => /\/assets\/ConceptPage-[\w-]+\.js$/.test(path));
  expect(pageCode).toBeGreaterThan(-1);
  expect(asked.indexOf(summary)).toBeLessThan(pageCode);
  expect(asked.indexOf(ticket)).toBeLessThan(pageCode);
});
