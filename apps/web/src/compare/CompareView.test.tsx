import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  addVersion,
  type ConceptJSON,
  fromJSON,
  moveGoal,
  rt,
  sampleConcept,
  toJSON,
  updateChapter,
  updateMeasure,
  updateMeta,
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
  serve(frozen);
  return { doc, versionId, frozen };
}

/** The stubbed server: the template list (fetched once per page load, so the same in every test), or `frozen`. */
function serve(frozen: ConceptJSON) {
  const templates = [
    {
      id: frozen.meta.templateId,
      phases: [
        { key: 'erarbeitung', title: 'Erarbeitung', checklist: [] },
        { key: 'umsetzung', title: 'Umsetzung und Monitoring', checklist: [] },
      ],
    },
  ];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => {
      const body = String(url).endsWith('/api/templates') ? templates : frozen;
      return new Response(JSON.stringify(body), { status: 200 });
    }),
  );
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

  it('says in words what moved, whose formatting changed and which details of the concept changed', async () => {
    const doc = fromJSON(sampleConcept({ fields: 3, goals: 5, measures: 6 }));
    updateMeta(doc, { phase: 'erarbeitung' });
    const frozen = toJSON(doc);
    const chapter = frozen.chapters[0];
    const measure = frozen.measures.find((m) => m.id === 'measure-002');
    if (!chapter || !measure) throw new Error('sample has chapters and measure-002');
    updateChapter(doc, chapter.id, { body: rt.doc(rt.p('Ausgangslage')) });
    const before = toJSON(doc);
    const versionId = addVersion(doc, { name: 'Beschluss 2025', createdAt: '2026-03-01T10:00:00.000Z' });
    serve(before);
    updateChapter(doc, chapter.id, { body: rt.doc(rt.h(2, 'Ausgangslage')) });
    updateMeasure(doc, measure.id, { primaryFieldId: 'field-3' });
    moveGoal(doc, 'goal-h2', 'goal-m1');
    updateMeta(doc, { title: 'Handlungskonzept für Vielfalt', phase: 'umsetzung' });
    renderView(doc, { kind: 'compare', from: versionId, to: 'draft' });

    const summary = await screen.findByRole('region', { name: 'Zusammenfassung' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Angaben zum Konzept geändert: Titel, Phase',
      '1 Kapitel geändert (davon 1 mit geänderter Formatierung)',
      '1 Ziel geändert (davon 1 verschoben)',
      '1 Maßnahme geändert (davon 1 verschoben)',
    ]);
    const details = screen.getByRole('region', { name: 'Angaben zum Konzept' });
    expect(
      within(details)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Titel', 'Phase']);
    expect(within(details).getByText('Erarbeitung')).toBeTruthy();
    expect(within(details).getByText('Umsetzung und Monitoring')).toBeTruthy();

    const measures = screen.getByRole('region', { name: 'Maßnahmen' });
    const moved = within(measures).getByRole('listitem', {
      name: `${measure.code} ${measure.title} verschoben`,
    });
    expect(within(moved).getByText('Verschoben von Handlungsfeld „Sport“ nach „Kultur“')).toBeTruthy();
    expect(within(moved).queryAllByRole('term')).toEqual([]);
    const goals = screen.getByRole('region', { name: 'Ziele' });
    expect(
      within(goals).getByText(
        /^Verschoben: bisher unter „Beratungsangebote .*“, jetzt unter „Rassismuskritische/,
      ),
    ).toBeTruthy();
    const chapters = screen.getByRole('region', { name: 'Kapitel' });
    expect(within(chapters).getByText('Formatierung geändert: Überschrift')).toBeTruthy();
    expect(chapters.querySelector('ins, del')).toBeNull();
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
