import { conceptJson } from '../fixtures/api.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

/** The size of the paste that put the app into an endless reconnect loop before. */
const HUGE = 5 * 1024 * 1024;

test('a huge paste made offline is refused in the editor with a message; what was written before and after reaches the server', async ({
  person,
}) => {
  const concept = await importSample();
  const chapter = (await conceptJson(concept)).chapters[1];
  const { page, context, workspace } = await person('Mira Schulz');
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.goTo(new RegExp(chapter.title));
  await workspace.expectSaved();

  await context.setOffline(true);
  await workspace.expectStatus('offline');
  await workspace.typeInto('Kapiteltext', ' Vorher im Zug.');
  await page.evaluate((size) => {
    const data = new DataTransfer();
    data.setData('text/plain', 'x'.repeat(size));
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(event);
  }, HUGE);
  const refusal = workspace.main.getByRole('alert');
  await expect(refusal).toContainText('Nicht eingefügt');
  await expect(refusal).toContainText('in kleineren Teilen');
  await page.keyboard.type(' Nachher im Zug.');
  await expect(workspace.textArea('Kapiteltext')).toContainText('Vorher im Zug. Nachher im Zug.');

  await context.setOffline(false);
  await workspace.expectSaved();
  const body = JSON.stringify((await conceptJson(concept)).chapters[1].body);
  expect(body).toContain('Vorher im Zug. Nachher im Zug.');
  expect(body).not.toContain('xxxxxxxxxx');
});

test('a socket the server closes for an edit too large (4414) is explained and not retried', async ({
  person,
}) => {
  const concept = await importSample();
  const { page, workspace } = await person('Jonas Weber');
  let opened = 0;
  // Stands in for a client whose oversize edit got past the editor (an older build): the server's close.
  await page.routeWebSocket(/\/sync\//, (ws) => {
    opened++;
    ws.close({ code: 4414, reason: 'message-too-large' });
  });
  await workspace.open(concept.id, concept.ownerToken);
  const problem = workspace.main.getByRole('alert');
  await expect(problem).toContainText('Eine Änderung ist zu groß zum Speichern');
  await expect(workspace.status).toHaveAttribute('data-status', 'tooLarge');
  const afterStop = opened;
  await page.waitForTimeout(2_000);
  expect(opened).toBe(afterStop);
  await problem.getByRole('button', { name: 'Erneut versuchen' }).click();
  await expect.poll(() => opened).toBe(afterStop + 1);
});
