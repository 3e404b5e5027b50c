import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addVersion, fromJSON, markVersionAdopted, sampleConcept } from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { WorkspaceContext } from '../workspace/WorkspaceContext.ts';
import { ExportDialog } from './ExportDialog.tsx';

const messages = { de: webMessagesDe };

function renderDialog(doc: Y.Doc) {
  const value = {
    conceptId: 'c1',
    token: 'tok',
    role: 'viewer' as const,
    editable: false,
    doc,
    awareness: new Awareness(doc),
  };
  render(
    <I18nProvider locale="de" messages={messages}>
      <WorkspaceContext.Provider value={value}>
        <ExportDialog onClose={() => {}} />
      </WorkspaceContext.Provider>
    </I18nProvider>,
  );
}

beforeAll(() => {
  // jsdom has no modal dialogs.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('ExportDialog', () => {
  it('offers the current draft and every saved version, newest first, the adopted one marked', () => {
    const doc = new Y.Doc();
    const first = addVersion(doc, { name: 'Entwurf', createdAt: '2026-01-10T09:00:00.000Z' });
    addVersion(doc, { name: 'Ratsfassung', createdAt: '2026-02-01T09:00:00.000Z' });
    markVersionAdopted(doc, first, { body: 'Kreistag', date: '2026-03-12', drucksache: 'DS 1' });
    renderDialog(doc);
    const select = screen.getByLabelText('Stand');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Aktueller Entwurf',
      'Fassung „Ratsfassung“ vom 01.02.2026',
      'Fassung „Entwurf“ vom 10.01.2026 – beschlossen',
    ]);
    expect((select as HTMLSelectElement).value).toBe('');
  });

  it('fetches a saved version from the server and says so clearly when offline', async () => {
    const doc = new Y.Doc();
    const id = addVersion(doc, { name: 'Ratsfassung' });
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    vi.stubGlobal('fetch', fetch);
    renderDialog(doc);
    await userEvent.selectOptions(screen.getByLabelText('Stand'), id);
    await userEvent.click(screen.getByRole('button', { name: 'Word-Dokument erstellen' }));
    expect(fetch).toHaveBeenCalledWith(`/api/concepts/c1/versions/${id}`, expect.anything());
    expect(screen.getByRole('alert').textContent).toContain(
      'Gespeicherte Fassungen lassen sich nur mit Verbindung exportieren',
    );
  });
});

describe('ExportDialog progress', () => {
  it('shows the progress of the real export while it runs and announces the finished file', async () => {
    // jsdom has no Worker, so exportDocx builds the document on this thread, yielding after each part.
    expect(typeof Worker).toBe('undefined');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:werkbank';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderDialog(fromJSON(sampleConcept({ goals: 6, measures: 8 })));
    await userEvent.click(screen.getByRole('button', { name: 'Word-Dokument erstellen' }));

    const bar = screen.getByRole('progressbar', { name: 'Fortschritt des Exports' }) as HTMLProgressElement;
    const seen = new Set<number>();
    const watch = new MutationObserver(() => seen.add(bar.value));
    watch.observe(bar, { attributes: true });
    expect(bar.max).toBe(1);
    expect(screen.getByRole('button', { name: 'Export wird vorbereitet …' })).toHaveProperty(
      'disabled',
      true,
    );

    const status = await screen.findByText(
      /^Fertig: .*\.docx wurde heruntergeladen\.$/,
      {},
      { timeout: 20_000 },
    );
    watch.disconnect();
    expect(status.closest('[role="status"]')).not.toBeNull();
    expect([...seen].filter((v) => v > 0 && v < 1).length).toBeGreaterThan(3);
    expect([...seen]).toEqual([...seen].sort((a, b) => a - b));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByRole('button', { name: 'Word-Dokument erstellen' })).toHaveProperty('disabled', false);
    expect(click).toHaveBeenCalledOnce();
    const bytes = new Uint8Array(await (blobs[0] as Blob).arrayBuffer());
    expect(String.fromCharCode(bytes[0] ?? 0, bytes[1] ?? 0)).toBe('PK');
  });
});
