import type { Page } from '@playwright/test';
import { conceptJson } from '../fixtures/api.ts';
import { importSample } from '../fixtures/sample.ts';
import { expect, test } from '../fixtures/test.ts';

/** Marks the loaded page, so that `wasReloaded` can tell a real reload from a cancelled one. */
async function markPage(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as { marked?: boolean }).marked = true;
  });
}

/**
 * The service worker keeps the app shell, so a reload works offline; waits until it controls the page, as it would
 * after any visit (a reload offline before that fails with ERR_INTERNET_DISCONNECTED).
 */
async function serviceWorkerControls(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
    timeout: 30_000,
  });
}

async function wasReloaded(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { marked?: boolean }).marked !== true);
}

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
  await serviceWorkerControls(page);

  await context.setOffline(true);
  await workspace.expectStatus('offline');
  await expect(workspace.status).toContainText('Offline – Änderungen werden auf diesem Gerät gespeichert');
  // Someone who reloads right after typing confirms the warning if the page still asks.
  page.on('dialog', (dialog) => dialog.accept());
  await markPage(page);
  await workspace.typeInto('Kapiteltext', ' Im Zug ohne Netz.');
  await expect(workspace.textArea('Kapiteltext')).toContainText('Im Zug ohne Netz.');

  await page.reload();
  expect(await wasReloaded(page)).toBe(true);
  await expect(workspace.textArea('Kapiteltext')).toContainText('Im Zug ohne Netz.');
  await workspace.expectStatus('offline');
  expect(JSON.stringify((await conceptJson(concept)).chapters[1].body)).not.toContain('Im Zug ohne Netz.');

  await context.setOffline(false);
  await workspace.expectSaved();
  await expect
    .poll(async () => JSON.stringify((await conceptJson(concept)).chapters[1].body))
    .toContain('Im Zug ohne Netz.');
});

test('offline, until this device has stored an edit the status says so and leaving the page asks first', async ({
  person,
}) => {
  const concept = await importSample();
  const chapter = (await conceptJson(concept)).chapters[1];
  const { page, context, workspace } = await person('Jonas Weber');
  await workspace.open(concept.id, concept.ownerToken);
  await workspace.goTo(new RegExp(chapter.title));
  // Wait for the editor to be mounted and everything stored: a write still on its way would queue behind the
  // blocker below and the status would rightly say so. (Opening a body no longer writes: no trailing node.)
  await expect(workspace.textArea('Kapiteltext')).toBeVisible();
  await workspace.expectSaved();
  // The page reloads offline below.
  await serviceWorkerControls(page);
  // A second tab keeps a write transaction open on the concept's database; the page's writes queue behind it.
  const blocker = await context.newPage();
  await blocker.goto('/api/health');
  await blocker.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const store = request.result.transaction(['updates'], 'readwrite').objectStore('updates');
          const keepBusy = () => {
            if (!(window as { release?: boolean }).release) store.count().onsuccess = keepBusy;
          };
          keepBusy();
          resolve();
        };
      }),
    `werkbank-concept-${concept.id}`,
  );

  await context.setOffline(true);
  await workspace.expectStatus('offline');
  await markPage(page);
  await workspace.typeInto('Kapiteltext', ' Noch nicht gesichert.');
  await expect(workspace.status).toHaveAttribute('data-status', 'storing');
  await expect(workspace.status).toContainText('Wird auf diesem Gerät gespeichert …');

  // page.reload() would wait for a navigation that staying on the page cancels; the page reloads itself instead.
  const dialog = page.waitForEvent('dialog');
  const reload = page.evaluate(() => window.location.reload());
  const asked = await dialog;
  expect(asked.type()).toBe('beforeunload');
  await asked.dismiss();
  await reload;
  expect(await wasReloaded(page)).toBe(false);

  await blocker.evaluate(() => {
    (window as { release?: boolean }).release = true;
  });
  await workspace.expectStatus('offline');
  await expect(workspace.status).toContainText('Offline – Änderungen werden auf diesem Gerät gespeichert');
  let askedAgain = false;
  page.on('dialog', (again) => {
    askedAgain = true;
    void again.accept();
  });
  await page.reload();
  expect(askedAgain).toBe(false);
  expect(await wasReloaded(page)).toBe(true);
  await expect(workspace.textArea('Kapiteltext')).toContainText('Noch nicht gesichert.');
});
