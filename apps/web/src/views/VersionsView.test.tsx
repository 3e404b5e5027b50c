import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addVersion, markVersionAdopted } from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import type { Role } from '../storage/RecentConcept.ts';
import { WorkspaceContext } from '../workspace/WorkspaceContext.ts';
import { VersionsView } from './VersionsView.tsx';

const messages = { de: webMessagesDe };
const resolution = { body: 'Kreistag', date: '2026-03-12', drucksache: 'DS 17/0815' };

function renderView(role: Role, doc = new Y.Doc()) {
  const value = {
    conceptId: 'c1',
    token: 'tok',
    role,
    editable: role !== 'viewer',
    doc,
    awareness: new Awareness(doc),
  };
  render(
    <I18nProvider locale="de" messages={messages}>
      <WorkspaceContext.Provider value={value}>
        <VersionsView />
      </WorkspaceContext.Provider>
    </I18nProvider>,
  );
  return doc;
}

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(JSON.stringify(body), { status }));
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('VersionsView', () => {
  it('lists the versions newest first, the adopted one with its resolution', () => {
    const doc = new Y.Doc();
    const first = addVersion(doc, {
      name: 'Entwurf Steuerungsgruppe',
      createdAt: '2026-01-10T09:00:00.000Z',
    });
    addVersion(doc, { name: 'Entwurf Ausschuss', createdAt: '2026-02-01T09:00:00.000Z' });
    markVersionAdopted(doc, first, resolution);
    renderView('viewer', doc);
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => within(li).getByRole('heading').textContent)).toEqual([
      'Entwurf Ausschuss',
      'Entwurf Steuerungsgruppe',
    ]);
    expect(items[1]).toHaveProperty(
      'textContent',
      expect.stringContaining('Beschluss: Kreistag · 12.03.2026 · Drucksache DS 17/0815'),
    );
    expect(within(items[1] as HTMLElement).getByText('beschlossen')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByLabelText('Name der Fassung')).toBeNull();
  });

  it('lets the owner save a version, which shows once the server records it in the document', async () => {
    const fetch = answer(201, { id: 'v1', name: 'Ratsfassung' });
    vi.stubGlobal('fetch', fetch);
    const doc = renderView('owner');
    expect(screen.getByText('Noch keine Fassung gespeichert.')).toBeTruthy();
    await userEvent.type(screen.getByLabelText('Name der Fassung'), 'Ratsfassung');
    await userEvent.click(screen.getByRole('button', { name: 'Fassung speichern' }));
    expect(fetch).toHaveBeenCalledWith(
      '/api/concepts/c1/versions',
      expect.objectContaining({ method: 'POST' }),
    );
    const init = fetch.mock.calls[0]?.at(1) as unknown as RequestInit;
    expect(init.headers).toMatchObject({ Authorization: 'Bearer tok' });
    expect(JSON.parse(init.body as string)).toEqual({ name: 'Ratsfassung' });
    expect(screen.getByRole('status').textContent).toBe('Fassung „Ratsfassung“ gespeichert.');
    act(() => void addVersion(doc, { name: 'Ratsfassung' }, 'v1'));
    expect(screen.getByRole('heading', { name: 'Ratsfassung' })).toBeTruthy();
  });

  it('sends the resolution from the adopt form and asks for body and date', async () => {
    const doc = new Y.Doc();
    addVersion(doc, { name: 'Ratsfassung' }, 'v1');
    const fetch = answer(200, { id: 'v1' });
    vi.stubGlobal('fetch', fetch);
    renderView('owner', doc);
    await userEvent.click(screen.getByRole('button', { name: 'Als beschlossen markieren' }));
    const form = screen.getByRole('form', { name: 'Beschluss zu „Ratsfassung“' });
    expect(document.activeElement).toBe(within(form).getByLabelText('Gremium'));
    await userEvent.click(within(form).getByRole('button', { name: 'Beschluss speichern' }));
    expect(within(form).getAllByText('Bitte ausfüllen.')).toHaveLength(2);
    expect(fetch).not.toHaveBeenCalled();
    await userEvent.type(within(form).getByLabelText('Gremium'), 'Kreistag');
    await userEvent.type(within(form).getByLabelText('Datum des Beschlusses'), '2026-03-12');
    await userEvent.type(within(form).getByLabelText(/Drucksache-Nr\./), 'DS 17/0815');
    await userEvent.click(within(form).getByRole('button', { name: 'Beschluss speichern' }));
    const [path, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(path).toBe('/api/concepts/c1/versions/v1/adopt');
    expect(JSON.parse(init.body as string)).toEqual(resolution);
    expect(screen.queryByRole('form')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('„Ratsfassung“ ist als beschlossen markiert.');
  });

  it('says that saving needs a connection when the server cannot be reached', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    renderView('owner');
    await userEvent.type(screen.getByLabelText('Name der Fassung'), 'Ratsfassung');
    await userEvent.click(screen.getByRole('button', { name: 'Fassung speichern' }));
    expect(screen.getByRole('alert').textContent).toContain('Keine Verbindung zum Server');
  });
});
