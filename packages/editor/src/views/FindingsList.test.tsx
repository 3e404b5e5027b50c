import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  addActor,
  addChapter,
  addProposal,
  addWorkshop,
  type Finding,
  setVision,
  updateChapter,
  updateGoal,
  updateMeasure,
} from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { paragraph, smallConcept } from '../test/factories.ts';
import { FindingsList } from './FindingsList.tsx';

const template = {
  requiredMeasureFields: ['goalIds' as const, 'lead' as const, 'primaryFieldId' as const],
  chapters: [{ key: 'ausblick', title: 'Ausblick', guidingQuestions: [], required: false }],
};

function settle() {
  act(() => {
    vi.advanceTimersByTime(1000);
  });
}

describe('FindingsList', () => {
  it('groups findings by kind with counts and severity, each a link to its place, and updates live', () => {
    vi.useFakeTimers();
    try {
      const { doc, h2, m2, sport } = smallConcept();
      const chapter = addChapter(doc, { key: 'auftrag', title: 'Auftrag und Beschluss' });
      addChapter(doc, { key: 'ausblick', title: 'Ausblick' });
      const onOpen = vi.fn<(finding: Finding) => void>();
      render(<FindingsList doc={doc} onOpen={onOpen} template={template} />);
      expect(screen.getByText(/^Noch nicht vollständig: \d+ Lücken/)).toBeTruthy();
      const chapters = screen.getByRole('region', { name: /Leere Pflichtkapitel: 1/ });
      expect(within(chapters).getByText('Lücke')).toBeTruthy();
      fireEvent.click(
        within(chapters).getByRole('button', { name: 'Kapitel „Auftrag und Beschluss“ ist noch leer' }),
      );
      expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ entity: 'chapter', id: chapter }));
      fireEvent.click(screen.getByRole('button', { name: 'Das Leitbild ist noch leer' }));
      expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ entity: 'vision', id: '' }));
      expect(screen.getByRole('button', { name: 'Es sind noch keine Akteur*innen erfasst' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Handlungsfeld „Sport“ hat noch kein Ziel' })).toBeTruthy();
      fireEvent.click(
        screen.getByRole('button', {
          name: 'Handlungsziel „Betroffene kennen Beratung“ hat noch keine Maßnahme',
        }),
      );
      expect(onOpen).toHaveBeenLastCalledWith(expect.objectContaining({ entity: 'goal', id: h2 }));
      expect(
        screen.getByRole('button', { name: 'M-02 Workshop an Schulen: dient noch keinem Ziel' }),
      ).toBeTruthy();

      act(() => updateMeasure(doc, m2, { goalIds: [h2] }));
      expect(screen.queryByRole('button', { name: /M-02 Workshop an Schulen: dient/ })).toBeTruthy();
      settle();
      expect(screen.queryByRole('button', { name: /M-02 Workshop an Schulen: dient/ })).toBeNull();

      act(() => {
        updateChapter(doc, chapter, { body: paragraph('Beschluss vom Mai') });
        setVision(doc, paragraph('Vielfalt ist Alltag.'));
        addActor(doc, { name: 'Integrationsrat' });
        updateGoal(doc, h2, { fieldIds: [sport] });
      });
      settle();
      expect(screen.queryByRole('region', { name: /Leere Pflichtkapitel/ })).toBeNull();
      const rest = screen.getAllByRole('listitem').map((li) => li.getAttribute('data-code'));
      expect(rest).toEqual(['field-without-goal']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('says "vollständig" only when every check passes, and not while the template loads', () => {
    vi.useFakeTimers();
    try {
      const { doc, h2, m2, sport, bildung, leit } = smallConcept();
      setVision(doc, paragraph('Vielfalt ist Alltag.'));
      addActor(doc, { name: 'Integrationsrat' });
      updateGoal(doc, leit, { fieldIds: [sport, bildung] });
      updateMeasure(doc, m2, { goalIds: [h2] });
      const { rerender } = render(<FindingsList doc={doc} onOpen={() => {}} checking />);
      expect(screen.getByText(/Vorlage des Konzepts wird geladen/)).toBeTruthy();
      expect(screen.queryByText(/Alle Prüfungen sind bestanden/)).toBeNull();
      rerender(<FindingsList doc={doc} onOpen={() => {}} />);
      // Without a template the default measure fields still apply: period and indicator are missing.
      expect(screen.getByText(/^Noch nicht vollständig/)).toBeTruthy();
      rerender(<FindingsList doc={doc} onOpen={() => {}} template={{ requiredMeasureFields: ['lead'] }} />);
      expect(screen.getByText('Vollständig: Alle Prüfungen sind bestanden.')).toBeTruthy();
      const workshop = addWorkshop(doc, { title: 'Demokratiekonferenz' });
      act(() => {
        addProposal(doc, workshop, { text: 'Mehr Beratung' });
      });
      settle();
      expect(
        screen.getByRole('region', { name: /Warnung Unbeantwortete Workshop-Vorschläge: 1/ }),
      ).toBeTruthy();
      expect(
        screen.getByRole('button', { name: 'Workshop „Demokratiekonferenz“: 1 Vorschlag noch ohne Antwort' }),
      ).toBeTruthy();
      expect(screen.getByText(/^Noch nicht vollständig: 1 Warnung\.$/)).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains a goal phrased as an activity, marked "Bitte prüfen", and speaks English too', () => {
    const { doc, h2 } = smallConcept();
    updateGoal(doc, h2, { title: 'Durchführung einer Aktionswoche' });
    render(
      <>
        <FindingsList doc={doc} onOpen={() => {}} />
        <I18nProvider locale="en">
          <FindingsList doc={doc} onOpen={() => {}} />
        </I18nProvider>
      </>,
    );
    const group = screen.getByRole('region', { name: /Bitte prüfen Ziele, die wie Tätigkeiten klingen: 1/ });
    expect(within(group).getByText(/Ziele beschreiben einen Zustand/)).toBeTruthy();
    expect(
      within(group).getByRole('button', {
        name: '„Durchführung einer Aktionswoche“ klingt nach einer Tätigkeit („Durchführung einer“), nicht nach einem Zustand – bitte prüfen',
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'M-02 Workshop an Schulen: period is missing' })).toBeTruthy();
  });
  it('lists the kinds in the document’s order of their places, each structured part’s after its chapter’s', () => {
    const { doc } = smallConcept();
    addChapter(doc, { key: 'auftrag', title: 'Auftrag' });
    addChapter(doc, { key: 'netz', title: 'Akteur*innen und Netzwerk', kind: 'actors' });
    addChapter(doc, { key: 'bild', title: 'Unser Leitbild', kind: 'vision' });
    const { container } = render(<FindingsList doc={doc} onOpen={() => {}} />);
    const codes = [...container.querySelectorAll('.wb-findings__group')].map((g) =>
      g.getAttribute('data-code'),
    );
    // The actors' chapter comes before the Leitbild's here; goals, fields and measures, held by no chapter, come
    // just before it. Before kinds, the findings page listed no-actors after the Leitbild, always.
    expect(codes).toEqual([
      'chapter-empty',
      'goal-without-measure',
      'field-without-goal',
      'measure-without-period',
      'measure-without-indicator',
      'measure-without-goal',
      'no-actors',
      'vision-empty',
    ]);
  });
});
