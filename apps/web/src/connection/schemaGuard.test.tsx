import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import { CURRENT_DOC_SCHEMA_VERSION, keys, updateMeta } from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { nodeEvent } from '../test/nodeEvent.ts';
import { type ClosingServer, startClosingServer } from '../test/startClosingServer.ts';
import { ConceptConnection } from './ConceptConnection.ts';
import { ConnectionProblem } from './ConnectionProblem.tsx';
import { persistenceName } from './persistenceName.ts';

const SOON = { timeout: 10_000 };
const TITLE = 'Werkbank wurde aktualisiert – bitte neu laden';
let server: ClosingServer | undefined;
let connection: ConceptConnection | undefined;

beforeAll(async () => {
  vi.stubGlobal('Event', await nodeEvent());
  vi.stubGlobal('navigator', { ...navigator, onLine: true });
});
afterAll(() => vi.unstubAllGlobals());
afterEach(async () => {
  cleanup();
  connection?.destroy();
  connection = undefined;
  await server?.stop();
  server = undefined;
});

function showProblem(shown: ConceptConnection) {
  render(
    <I18nProvider locale="de" messages={{ de: webMessagesDe }}>
      <ConnectionProblem connection={shown} />
    </I18nProvider>,
  );
}

/** What IndexedDB holds for the concept, read by a second persistence as the reloaded app would. */
async function storedOnDevice(conceptId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(persistenceName(conceptId), doc);
  await persistence.whenSynced;
  await persistence.destroy();
  return doc;
}

describe('schema guard', () => {
  it('goes read-only when the document turns out newer than this app, and keeps the unsent edit on the device', async () => {
    server = await startClosingServer(1011);
    connection = new ConceptConnection('neuer', 'token', server.url);
    await connection.persistence.whenSynced;
    showProblem(connection);
    updateMeta(connection.doc, { title: 'Noch nicht übertragen' });

    const newer = new Y.Doc();
    newer.getMap(keys.META).set(keys.DOC_SCHEMA_VERSION, CURRENT_DOC_SCHEMA_VERSION + 1);
    Y.applyUpdate(connection.doc, Y.encodeStateAsUpdate(newer), connection.provider);

    expect(connection.getStatus()).toBe('outdated');
    expect(connection.provider.shouldConnect).toBe(false);
    const alert = await screen.findByRole('alert', {}, SOON);
    expect(alert.textContent).toContain(TITLE);
    expect(screen.getByRole('button', { name: 'Seite neu laden' })).toBeTruthy();
    connection.retry();
    expect(connection.provider.shouldConnect).toBe(false);
    await vi.waitFor(async () => {
      const stored = await storedOnDevice('neuer');
      expect(stored.getMap(keys.META).get('title')).toBe('Noch nicht übertragen');
    }, SOON);
  });

  it('sends its schema version and explains the server refusing it as outdated (4426), without retrying', async () => {
    server = await startClosingServer(4426);
    connection = new ConceptConnection('veraltet', 'token', server.url);
    expect(connection.provider.url).toContain(`schema=${CURRENT_DOC_SCHEMA_VERSION}`);
    showProblem(connection);
    const alert = await screen.findByRole('alert', {}, SOON);
    expect(alert.textContent).toContain(TITLE);
    expect(connection.getStatus()).toBe('outdated');
    connection.retry();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(server.upgrades).toBe(1);
  });
});
