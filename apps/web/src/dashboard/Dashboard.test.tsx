import { act, cleanup, screen, within } from '@testing-library/react';
import { addCostLine, addProposal, addWorkshop, answerProposal, rt, updateMeasure } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { navConcept, renderInWorkspace, syncedDocs } from '../test/factories.tsx';
import { Dashboard } from './Dashboard.tsx';

afterEach(cleanup);

/** The rows of the table captioned `caption`, each cell's text with non-breaking spaces as spaces. */
function tableRows(caption: string): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      [...row.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').replaceAll('\u00a0', ' ')),
    );
}

function setup() {
  const [a, b] = syncedDocs();
  const ids = navConcept(a);
  addCostLine(a, ids.m1, { year: 2026, amount: 4800, source: 'landesmittel' });
  addCostLine(a, ids.m1, { year: 2027, amount: 1200.5, source: 'eigenanteil' });
  addCostLine(a, ids.m2, { year: 2026, amount: 3000, source: 'drittmittel' });
  renderInWorkspace(<Dashboard doc={a} template={null} />, { doc: a });
  return { a, b, ...ids };
}

describe('Dashboard', () => {
  it('shows measures and costs per field of action, and the budget per year and source, as tables', () => {
    setup();
    expect(tableRows('Maßnahmen nach Handlungsfeld')).toEqual([
      ['Handlungsfeld', 'Maßnahmen', 'Kosten'],
      ['Sport', '1', '6.000,50 €'],
      ['Politische Bildung', '1', '3.000 €'],
      ['Summe', '2', '9.000,50 €'],
    ]);
    expect(tableRows('Kosten nach Jahr und Finanzierungsquelle')).toEqual([
      ['Jahr', 'Landesmittel', 'Eigenanteil', 'Drittmittel', 'Summe'],
      ['2026', '4.800 €', '0 €', '3.000 €', '7.800 €'],
      ['2027', '0 €', '1.200,50 €', '0 €', '1.200,50 €'],
      ['Summe', '4.800 €', '1.200,50 €', '3.000 €', '9.000,50 €'],
    ]);
    expect(screen.getByTestId('dashboard-total').textContent?.replace('\u00a0', ' ')).toBe('9.000,50 €');
  });

  it('counts measures by status and how complete the sheets are', () => {
    setup();
    const status = tableRows('Maßnahmen nach Status');
    expect(status).toContainEqual(['Idee', '1']);
    expect(status).toContainEqual(['Vorgeschlagen', '1']);
    expect(status).toContainEqual(['Beschlossen', '0']);
    expect(tableRows('Vollständigkeit der Maßnahmensteckbriefe')).toEqual([
      ['Angabe im Steckbrief', 'Ausgefüllt'],
      ['Handlungsfeld', '2 von 2'],
      ['Ziel zugeordnet', '1 von 2'],
      ['Beschreibung', '0 von 2'],
      ['Federführung', '0 von 2'],
      ['Zeitraum oder Turnus', '0 von 2'],
      ['Indikator', '0 von 2'],
      ['Kosten', '2 von 2'],
      ['Vollständige Steckbriefe', '0 von 2'],
    ]);
  });

  it('follows live edits: a finished sheet and another person’s cost line change the figures', () => {
    const { b, m1, m2 } = setup();
    act(() => {
      updateMeasure(b, m1, {
        lead: 'Sportbund',
        periodStart: '2026-01-01',
        description: rt.doc(rt.p('Schulungen für Übungsleitungen')),
      });
      addCostLine(b, m2, { amount: 500 });
    });
    const sheets = tableRows('Vollständigkeit der Maßnahmensteckbriefe');
    expect(sheets).toContainEqual(['Beschreibung', '1 von 2']);
    expect(sheets.at(-1)).toEqual(['Vollständige Steckbriefe', '0 von 2']);
    const budget = tableRows('Kosten nach Jahr und Finanzierungsquelle');
    expect(budget[0]).toEqual([
      'Jahr',
      'Landesmittel',
      'Eigenanteil',
      'Drittmittel',
      'nicht zugeordnet',
      'Summe',
    ]);
    expect(budget).toContainEqual(['ohne Jahr', '0 €', '0 €', '0 €', '500 €', '500 €']);
  });

  it('counts released proposals by what became of them', () => {
    const { a } = setup();
    act(() => {
      const workshop = addWorkshop(a, { title: 'Demokratiekonferenz' });
      const one = addProposal(a, workshop, { text: 'Sprachcafé' });
      addProposal(a, workshop, { text: 'Beratung für Vereine' });
      answerProposal(a, one, { outcome: 'deferred', reason: 'Nächstes Jahr' });
    });
    const fates = tableRows('Beiträge aus der Beteiligung und was aus ihnen wurde');
    expect(fates).toContainEqual(['Zurückgestellt', '1']);
    expect(fates).toContainEqual(['Noch nicht beantwortet', '1']);
    expect(fates.at(-1)).toEqual(['Summe', '2']);
  });

  it('draws each chart as an SVG image named for screen readers', () => {
    setup();
    const charts = screen.getAllByRole('img');
    expect(charts.map((c) => c.tagName.toLowerCase())).toEqual(['svg', 'svg', 'svg', 'svg']);
    expect(screen.getByRole('img', { name: /Balkendiagramm: Maßnahmen nach Handlungsfeld/ })).toBeTruthy();
    expect(screen.getByRole('img', { name: /Balkendiagramm: Budget nach Jahr/ })).toBeTruthy();
  });
});
