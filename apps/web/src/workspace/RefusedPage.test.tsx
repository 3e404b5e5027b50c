import 'fake-indexeddb/auto';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addMeasure, type ConceptJSON } from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConceptConnection } from '../connection/ConceptConnection.ts';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { readUnsyncedEdits, UnsyncedEditCounter } from '../storage/unsyncedEdits.ts';
import { RefusedPage } from './RefusedPage.tsx';

const SOON = { timeout: 10_000 };
const messages = { de: webMessagesDe };

function renderPage(conceptId: string) {
  return render(
    <I18nProvider locale="de" messages={messages}>
      <RefusedPage conceptId={conceptId} />
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  Reflect.deleteProperty(navigator, 'onLine');
  vi.restoreAllMocks();
  window.localStorage.clear();
});

/** Edits a concept offline in one session of the app, as someone on a train would, and closes the app. */
async function offlineSession(conceptId: string, titles: string[]): Promise<void> {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
  const connection = new ConceptConnection(conceptId, 'revoked-token');
  await connection.persistence.whenSynced;
  for (const title of titles) addMeasure(connection.doc, { title });
  await vi.waitFor(() => expect(connection.getStatus()).toBe('offline'), SOON);
  connection.destroy();
}

describe('RefusedPage', () => {
  it('says how many edits the server never took, across sessions, and saves this device’s copy before removing it', async () => {
    await offlineSession('refused-1', ['Lesecafé', 'Plakatreihe']);
    await offlineSession('refused-1', ['Sprechstunde']);
    expect(readUnsyncedEdits('refused-1').edits).toBe(3);

    let saved: Blob | null = null;
    const createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:copy';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const confirm = vi.spyOn(window, 'confirm');
    renderPage('refused-1');
    expect(
      screen.getByText(/Auf diesem Gerät liegen 3 Änderungen, die der Server nicht mehr angenommen hat/),
    ).toBeTruthy();

    const ui = userEvent.setup({ delay: null });
    await ui.click(screen.getByRole('button', { name: 'Kopie dieses Geräts als Datei sichern' }));
    await vi.waitFor(
      () => expect(screen.getByRole('status').textContent).toMatch(/^Gesichert als „.+\.json“\.$/),
      SOON,
    );
    const concept = JSON.parse(await (saved as unknown as Blob).text()) as ConceptJSON;
    expect(concept.measures.map((m) => m.title)).toEqual(['Lesecafé', 'Plakatreihe', 'Sprechstunde']);

    await ui.click(screen.getByRole('button', { name: 'Konzept von diesem Gerät entfernen' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(readUnsyncedEdits('refused-1').edits).toBe(0);
    expect(window.location.pathname).toBe('/');
  });

  it('asks before removing edits that were not saved as a file, and keeps them when the answer is no', async () => {
    await offlineSession('refused-2', ['Lesecafé']);
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(false);
    renderPage('refused-2');
    expect(screen.getByText(/Auf diesem Gerät liegt 1 Änderung/)).toBeTruthy();
    await userEvent
      .setup({ delay: null })
      .click(screen.getByRole('button', { name: 'Konzept von diesem Gerät entfernen' }));
    expect(confirm).toHaveBeenCalledOnce();
    expect(readUnsyncedEdits('refused-2').edits).toBe(1);
  });
});

describe('UnsyncedEditCounter', () => {
  it('adds a session’s unconfirmed edits to those left from before, and forgets all once the server has them', () => {
    const first = new UnsyncedEditCounter('count-1');
    first.update(2, false);
    const second = new UnsyncedEditCounter('count-1');
    second.update(0, false);
    expect(readUnsyncedEdits('count-1').edits).toBe(2);
    second.update(3, false);
    expect(readUnsyncedEdits('count-1')).toMatchObject({ edits: 5 });
    expect(readUnsyncedEdits('count-1').since).not.toBeNull();
    second.update(0, true);
    expect(readUnsyncedEdits('count-1')).toEqual({ edits: 0, since: null });
    second.update(1, false);
    expect(readUnsyncedEdits('count-1').edits).toBe(1);
  });
});
