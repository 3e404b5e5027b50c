import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  addVersion,
  currentRevision,
  fromJSON,
  markVersionAdopted,
  readMeasures,
  sampleConcept,
  toJSON,
  updateMeasure,
} from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { useSession } from '../session/useSession.ts';
import { WorkspaceContext } from '../workspace/WorkspaceContext.ts';
import { AdoptionGate } from './AdoptionGate.tsx';

const messages = { de: webMessagesDe };
const nextYear = new Date().getFullYear() + 1;

function adoptedConcept() {
  const doc = fromJSON(sampleConcept({ fields: 2, goals: 3, measures: 3 }));
  const frozen = toJSON(doc);
  const version = addVersion(doc, { name: 'Beschluss 2026' });
  markVersionAdopted(doc, version, { body: 'Kreistag', date: '2026-03-12', drucksache: '' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(frozen), { status: 200 })),
  );
  const measure = frozen.measures[0];
  if (!measure) throw new Error('sample has measures');
  return { doc, version, measure };
}

function renderGate(doc: Y.Doc, editable = true) {
  const value = {
    conceptId: 'c1',
    token: 'tok',
    role: editable ? ('editor' as const) : ('viewer' as const),
    editable,
    doc,
    awareness: new Awareness(doc),
  };
  render(
    <I18nProvider locale="de" messages={messages}>
      <WorkspaceContext.Provider value={value}>
        <AdoptionGate />
      </WorkspaceContext.Provider>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AdoptionNotices', () => {
  it('asks once at the first edit after adoption, names the revision and then shows it with the drift', async () => {
    const { doc, version, measure } = adoptedConcept();
    renderGate(doc);
    await vi.waitFor(() =>
      expect(fetch).toHaveBeenCalledWith(`/api/concepts/c1/versions/${version}`, expect.anything()),
    );
    expect(screen.queryByRole('region', { name: 'Nächste Fortschreibung beginnen?' })).toBeNull();
    expect(screen.queryByText(/weicht von der beschlossenen Fassung ab/)).toBeNull();

    act(() => updateMeasure(doc, measure.id, { title: 'Lotsenprojekt Vielfalt' }));
    const prompt = await screen.findByRole('region', { name: 'Nächste Fortschreibung beginnen?' });
    expect(useSession.getState().announcement?.text).toContain('Nächste Fortschreibung beginnen?');
    expect(prompt.textContent).toContain('„Beschluss 2026“ ist beschlossen und bleibt unverändert.');
    const name = screen.getByLabelText('Name der Fortschreibung');
    expect((name as HTMLInputElement).value).toBe(`Fortschreibung ${nextYear}`);
    await userEvent.clear(name);
    await userEvent.type(name, 'Fortschreibung 2027{Enter}');
    expect(prompt.isConnected).toBe(false);

    expect(currentRevision(doc)).toMatchObject({ name: 'Fortschreibung 2027', afterVersionId: version });
    expect(screen.queryByRole('region', { name: 'Nächste Fortschreibung beginnen?' })).toBeNull();
    expect(await screen.findByText('Fortschreibung 2027 in Arbeit')).toBeTruthy();
    const link = await screen.findByRole('link', { name: 'Unterschiede ansehen' });
    expect(link.getAttribute('href')).toBe(`/c/c1/compare/${version}/draft`);
    expect(link.parentElement?.textContent).toBe(
      'Entwurf weicht von der beschlossenen Fassung ab – Unterschiede ansehen',
    );

    act(() => updateMeasure(doc, measure.id, { title: 'Noch einmal geändert' }));
    expect(screen.queryByRole('region', { name: 'Nächste Fortschreibung beginnen?' })).toBeNull();
  });

  it('takes the change back when the revision is declined, and asks again at the next edit', async () => {
    const { doc, measure } = adoptedConcept();
    renderGate(doc);
    act(() => updateMeasure(doc, measure.id, { title: 'Versehentlich geändert' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Änderung verwerfen' }));
    expect(readMeasures(doc).find((m) => m.id === measure.id)?.title).toBe(measure.title);
    expect(currentRevision(doc)).toBeNull();
    expect(screen.queryByRole('region', { name: 'Nächste Fortschreibung beginnen?' })).toBeNull();
    act(() => updateMeasure(doc, measure.id, { lead: 'Jugendamt' }));
    expect(await screen.findByRole('region', { name: 'Nächste Fortschreibung beginnen?' })).toBeTruthy();
  });

  it('does not ask for changes that arrive from others, nor a viewer', async () => {
    const { doc, measure } = adoptedConcept();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    renderGate(doc);
    updateMeasure(other, measure.id, { title: 'Von jemand anderem' });
    act(() => Y.applyUpdate(doc, Y.encodeStateAsUpdate(other)));
    expect(await screen.findByRole('link', { name: 'Unterschiede ansehen' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'Nächste Fortschreibung beginnen?' })).toBeNull();
    cleanup();
    renderGate(doc, false);
    act(() => updateMeasure(doc, measure.id, { title: 'Lokal, aber ohne Schreibrecht' }));
    await screen.findByRole('link', { name: 'Unterschiede ansehen' });
    expect(screen.queryByRole('region', { name: 'Nächste Fortschreibung beginnen?' })).toBeNull();
  });
});
