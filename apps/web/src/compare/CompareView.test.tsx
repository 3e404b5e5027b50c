import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  addVersion,
  type ConceptJSON,
  fromJSON,
  rt,
  sampleConcept,
  toJSON,
  updateChapter,
  updateMeasure,
} from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { WorkspaceContext } from '../workspace/WorkspaceContext.ts';
import { CompareView } from './CompareView.tsx';

const messages = { de: webMessagesDe };

/** A concept with a saved version whose frozen JSON the (stubbed) server returns, as the server would. */
function conceptWithVersion(): { doc: Y.Doc; versionId: string; frozen: ConceptJSON } {
  const doc = fromJSON(sampleConcept({ fields: 3, goals: 4, measures: 4 }));
  const frozen = toJSON(doc);
  const versionId = addVersion(doc, { name: 'Beschluss 2025', createdAt: '2026-03-01T10:00:00.000Z' });
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(frozen), { status: 200 })),
  );
  return { doc, versionId, frozen };
}

function renderView(doc: Y.Doc, view: WorkspaceView) {
  const value = {
    conceptId: 'c1',
    token: 'tok',
    role: 'owner' as const,
    editable: true,
    doc,
    awareness: new Awareness(doc),
  };
  render(
    <I18nProvider locale="de" messages={messages}>
      <WorkspaceContext.Provider value={value}>
        <CompareView view={view} />
      </WorkspaceContext.Provider>
    </I18nProvider>,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('CompareView', () => {
  it('shows the summary first, then exactly the changed fields with insertions and deletions marked', async () => {
    const { doc, versionId, frozen } = conceptWithVersion();
    const measure = frozen.measures[1];
    const chapter = frozen.chapters[0];
    if (!measure || !chapter) throw new Error('sample has measures and chapters');
    updateMeasure(doc, measure.id, { lead: 'Amt für Integration' });
    updateChapter(doc, chapter.id, { body: rt.doc(rt.p('Ein neuer Absatz.')) });
    renderView(doc, { kind: 'compare', from: versionId, to: 'draft' });

    const summary = await screen.findByRole('region', { name: 'Zusammenfassung' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['1 Kapitel geändert', '1 Maßnahme geändert']);
    expect(fetch).toHaveBeenCalledWith(
      `/api/concepts/c1/versions/${versionId}`,
      expect.objectContaining({ headers: expect.objectContaining({ Authorization: 'Bearer tok' }) }),
    );
    expect(screen.getByText('Alt: Beschluss 2025 · Neu: Aktueller Entwurf')).toBeTruthy();

    const measures = screen.getByRole('region', { name: 'Maßnahmen' });
    const item = within(measures).getByRole('listitem', {
      name: `${measure.code} ${measure.title} geändert`,
    });
    expect(
      within(item)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Federführung']);
    const inserted = item.querySelector('ins');
    const deleted = item.querySelector('del');
    expect(inserted?.textContent).toBe('Eingefügt: Amt für Integration (Ende eingefügt)');
    expect(deleted?.textContent).toBe(`Gelöscht: ${measure.lead} (Ende gelöscht)`);
    expect(inserted?.querySelector('.visually-hidden')?.textContent).toBe('Eingefügt: ');

    const chapters = screen.getByRole('region', { name: 'Kapitel' });
    expect(within(chapters).getByRole('listitem', { name: `${chapter.title} geändert` })).toBeTruthy();
    expect(chapters.querySelector('ins')?.textContent).toContain('Ein neuer Absatz');
    expect(screen.queryByRole('region', { name: 'Ziele' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Synopse herunterladen (Word)' })).toBeTruthy();
  });

  it('says when the draft changed after it was read, and compares again on request', async () => {
    const { doc, versionId, frozen } = conceptWithVersion();
    renderView(doc, { kind: 'compare', from: versionId, to: 'draft' });
    expect(await screen.findByText('Keine Unterschiede.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Synopse herunterladen (Word)' })).toBeNull();
    const measure = frozen.measures[0];
    if (!measure) throw new Error('sample has measures');
    act(() => updateMeasure(doc, measure.id, { title: 'Lotsenprojekt Vielfalt' }));
    expect(screen.getByText('Der Entwurf wurde seit dem Öffnen des Vergleichs geändert.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Vergleich aktualisieren' }));
    expect(await screen.findByText('1 Maßnahme geändert')).toBeTruthy();
  });

  it('picks two states by keyboard and refuses the same state twice', async () => {
    const { doc, versionId } = conceptWithVersion();
    const second = addVersion(doc, { name: 'Entwurf Ausschuss', createdAt: '2026-04-01T10:00:00.000Z' });
    renderView(doc, { kind: 'compare' });
    const from = screen.getByLabelText('Bisheriger Stand (alt)');
    const to = screen.getByLabelText('Neuer Stand (neu)');
    expect((to as HTMLSelectElement).value).toBe('draft');
    await userEvent.selectOptions(from, second);
    await userEvent.selectOptions(to, second);
    await userEvent.click(screen.getByRole('button', { name: 'Vergleichen' }));
    expect(screen.getByRole('alert').textContent).toBe('Bitte zwei verschiedene Stände wählen.');
    await userEvent.selectOptions(from, versionId);
    to.focus();
    await userEvent.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Vergleichen' }));
    await userEvent.keyboard('{Enter}');
    expect(window.location.pathname).toBe(`/c/c1/compare/${versionId}/${second}`);
  });
});
