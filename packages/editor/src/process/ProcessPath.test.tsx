import { act, fireEvent, render, screen, within } from '@testing-library/react';
import {
  addActor,
  type ConceptTemplate,
  checklistProgress,
  readChecklistTicks,
  setChecklistItem,
  updateMeta,
} from '@werkbank/concept';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { useChecklistProgress } from '../hooks/useChecklistProgress.ts';
import { smallConcept } from '../test/factories.ts';
import { formatTickTime } from './formatTickTime.ts';
import { PhaseChecklist } from './PhaseChecklist.tsx';
import { PhasePath } from './PhasePath.tsx';

const template: Pick<ConceptTemplate, 'phases' | 'chapters'> = {
  chapters: [],
  phases: [
    {
      key: 'auftrag',
      title: 'Auftrag und Struktur',
      description: 'Der Auftrag liegt vor.',
      checklist: [{ id: 'auftrag-beschluss', text: 'Beschluss liegt vor' }],
    },
    {
      key: 'bestandsaufnahme',
      title: 'Bestandsaufnahme',
      description: 'Daten und Akteur*innen sind erfasst.',
      checklist: [
        { id: 'bestand-daten', text: 'Daten sind zusammengetragen' },
        { id: 'bestand-akteure', text: 'Akteur*innen sind erfasst', check: 'actors-entered' },
      ],
    },
  ],
};

const at = new Date('2026-12-06T10:00:00.000Z');

function Process({ doc, onSetCurrent }: { doc: Y.Doc; onSetCurrent?: (key: string) => void }) {
  const progress = useChecklistProgress(doc, template);
  const [selected, setSelected] = useState<string | null>(null);
  if (!progress) return null;
  const key = selected ?? progress.currentPhase;
  const phase = progress.phases.find((p) => p.key === key);
  return (
    <>
      <PhasePath progress={progress} selected={key} onSelect={setSelected} />
      {phase && (
        <PhaseChecklist
          doc={doc}
          phase={phase}
          userName="Koordinierende Fachstelle"
          editable
          now={() => at}
          {...(onSetCurrent && { onSetCurrent: () => onSetCurrent(phase.key) })}
        />
      )}
    </>
  );
}

describe('the process path', () => {
  it('shows the phases in order, the current one marked, an old concept on the first phase', () => {
    const { doc } = smallConcept();
    render(<Process doc={doc} />);
    const steps = screen.getAllByRole('listitem').filter((li) => li.classList.contains('wb-phase'));
    expect(steps).toHaveLength(2);
    expect(
      screen.getByRole('button', {
        name: 'Phase 1 von 2: Auftrag und Struktur',
        description: /^aktuelle Phase\s*·\s*0 von 1 erledigt$/,
      }),
    ).toBeTruthy();
    expect(
      screen.getByRole('button', {
        name: 'Phase 2 von 2: Bestandsaufnahme',
        description: '0 von 2 erledigt',
      }),
    ).toBeTruthy();
    expect(steps[0]?.getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('heading', { name: 'Checkliste: Auftrag und Struktur' })).toBeTruthy();
    act(() => updateMeta(doc, { phase: 'bestandsaufnahme' }));
    expect(screen.getByRole('heading', { name: 'Checkliste: Bestandsaufnahme' })).toBeTruthy();
    expect(steps[1]?.getAttribute('aria-current')).toBe('step');
  });

  it('records who ticked an item by hand and when, and forgets it on untick', () => {
    const { doc } = smallConcept();
    updateMeta(doc, { phase: 'bestandsaufnahme' });
    render(<Process doc={doc} />);
    const box = screen.getByRole('checkbox', { name: 'Daten sind zusammengetragen' });
    fireEvent.click(box);
    expect(readChecklistTicks(doc)).toEqual({
      'bestand-daten': { by: 'Koordinierende Fachstelle', at: at.toISOString() },
    });
    const who = `abgehakt von Koordinierende Fachstelle am ${formatTickTime('de', at.toISOString())}`;
    expect(screen.getByText(who)).toBeTruthy();
    expect(
      (screen.getByRole('checkbox', { name: 'Daten sind zusammengetragen' }) as HTMLInputElement).checked,
    ).toBe(true);
    expect(screen.getByRole('checkbox', { description: who })).toBe(box);
    expect(screen.getByRole('button', { name: /Bestandsaufnahme/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByText(/1 von 2 erledigt/)).toBeTruthy();
    fireEvent.click(box);
    expect(screen.queryByText(who)).toBeNull();
    expect(readChecklistTicks(doc)).toEqual({});
  });

  it('ticks the items Werkbank checks itself when their check passes; they are no checkbox', () => {
    const { doc } = smallConcept();
    updateMeta(doc, { phase: 'bestandsaufnahme' });
    render(<Process doc={doc} />);
    expect(screen.queryByRole('checkbox', { name: /Akteur\*innen sind erfasst/ })).toBeNull();
    expect(screen.getByText(/prüft Werkbank selbst: noch nicht erfüllt/)).toBeTruthy();
    act(() => {
      addActor(doc, { name: 'Integrationsrat' });
    });
    expect(screen.getByText(/prüft Werkbank selbst: erfüllt/)).toBeTruthy();
    expect(checklistProgress(doc, template).phases[1]?.done).toBe(1);
  });

  it('shows a tick made elsewhere, and offers the owner to make a chosen phase the current one', () => {
    const { doc } = smallConcept();
    const onSetCurrent = vi.fn();
    render(<Process doc={doc} onSetCurrent={onSetCurrent} />);
    expect(screen.queryByRole('button', { name: 'Als aktuelle Phase festlegen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /Bestandsaufnahme/ }));
    expect(screen.getByRole('button', { name: /Bestandsaufnahme/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Als aktuelle Phase festlegen' }));
    expect(onSetCurrent).toHaveBeenCalledWith('bestandsaufnahme');
    act(() => setChecklistItem(doc, 'bestand-daten', true, { by: 'Jugendamt', at: at.toISOString() }));
    const item = screen.getByRole('checkbox', { name: 'Daten sind zusammengetragen' }).closest('li');
    expect(within(item as HTMLElement).getByText(/abgehakt von Jugendamt/)).toBeTruthy();
  });
});
