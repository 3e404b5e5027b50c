import { act, screen } from '@testing-library/react';
import {
  addActor,
  type ConceptTemplate,
  checklistProgress,
  setChecklistItem,
  updateMeta,
} from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { renderInWorkspace } from '../test/factories.tsx';
import { nextStep } from './nextStep.ts';
import { WhereWeStand } from './WhereWeStand.tsx';

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
        { id: 'bestand-akteure', text: 'Akteur*innen sind erfasst', check: 'actors-entered' },
        { id: 'bestand-daten', text: 'Daten sind zusammengetragen' },
      ],
    },
  ],
};

describe('nextStep', () => {
  it('names the first open item of the current phase and where it is done, then the next phase', () => {
    const doc = new Y.Doc();
    expect(nextStep(checklistProgress(doc, template), template)).toEqual({
      kind: 'item',
      text: 'Beschluss liegt vor',
      place: { kind: 'process' },
    });
    setChecklistItem(doc, 'auftrag-beschluss', true);
    expect(nextStep(checklistProgress(doc, template), template)).toEqual({
      kind: 'next-phase',
      title: 'Bestandsaufnahme',
    });
    updateMeta(doc, { phase: 'bestandsaufnahme' });
    expect(nextStep(checklistProgress(doc, template), template)).toMatchObject({
      text: 'Akteur*innen sind erfasst',
      place: { kind: 'actors' },
    });
    addActor(doc, { name: 'Integrationsrat' });
    setChecklistItem(doc, 'bestand-daten', true);
    expect(nextStep(checklistProgress(doc, template), template)).toEqual({ kind: 'done' });
  });
});

describe('WhereWeStand', () => {
  it('shows the current phase, what is still open in it and the next step, live', () => {
    const { doc } = renderInWorkspace(<WhereWeStand template={template} />);
    act(() => updateMeta(doc, { phase: 'bestandsaufnahme' }));
    expect(screen.getByRole('heading', { name: 'Wo stehen wir' })).toBeTruthy();
    expect(screen.getByText('Phase 2 von 2: Bestandsaufnahme.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Noch offen in dieser Phase (2)' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Akteur*innen sind erfasst' }).getAttribute('href')).toBe(
      '/c/c1/actors',
    );
    act(() => {
      addActor(doc, { name: 'Integrationsrat' });
    });
    expect(screen.getByRole('link', { name: 'Daten sind zusammengetragen' }).getAttribute('href')).toBe(
      '/c/c1/process',
    );
    act(() => setChecklistItem(doc, 'bestand-daten', true));
    expect(screen.getByText('Alle Phasen sind abgeschlossen.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /Noch offen/ })).toBeNull();
  });
});
