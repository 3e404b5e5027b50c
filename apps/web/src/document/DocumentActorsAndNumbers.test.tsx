import { cleanup, screen, within } from '@testing-library/react';
import { addActor, readChapters, rt, updateChapter } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { WorkspaceNav } from '../nav/WorkspaceNav.tsx';
import { navConcept, renderInWorkspace } from '../test/factories.tsx';
import { DocumentView } from './DocumentView.tsx';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function concept() {
  const { doc } = navConcept(new Y.Doc(), { templateChapters: true });
  const actorsChapter = readChapters(doc).find((c) => c.key === 'akteure-netzwerk');
  updateChapter(doc, actorsChapter?.id ?? '', { body: rt.doc(rt.p('Viele tragen die Arbeit mit.')) });
  addActor(doc, { name: 'Integrationsrat', type: 'politics', notes: 'Tagt monatlich.' });
  addActor(doc, { name: 'Jüdische Gemeinde', type: 'jewish-community' });
  addActor(doc, { name: '', type: 'counselling', notes: 'Name folgt.' });
  return doc;
}

function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

describe('the document view', () => {
  it('numbers the chapters as the navigation does', () => {
    const doc = concept();
    const { container } = renderInWorkspace(
      <>
        <WorkspaceNav view={{ kind: 'document' }} ready />
        <DocumentView view={{ kind: 'document' }} />
      </>,
      { doc, awareness: new Awareness(doc) },
    );
    const article = container.querySelector('.document-text') as HTMLElement;
    const headings = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((h) => text(h));
    expect(headings).toEqual([
      '1 Ausgangslage',
      '2 Leitbild',
      '3 Ziele',
      '4 Handlungsfelder und Themenfelder',
      '5 Maßnahmen',
      'Maßnahmensteckbriefe',
      '6 Akteur*innen und Netzwerk',
      '7 Beteiligungsprozess',
    ]);
    const nav = screen.getByRole('navigation', { name: 'Aufbau des Konzepts' });
    for (const heading of headings.filter((h) => /^\d/.test(h))) {
      const [number, ...words] = heading.split(' ');
      const entry = within(nav).getByRole('link', {
        name: new RegExp(`^${number} ${words.join(' ').replace(/[*]/g, '\\*')}`),
      });
      expect(entry).toBeTruthy();
    }
  });

  it('lists the actors beneath their chapter’s text, in concept order, as the Word export does', () => {
    const doc = concept();
    renderInWorkspace(<DocumentView view={{ kind: 'document' }} />, { doc });
    const heading = screen.getByRole('heading', { level: 2, name: '6 Akteur*innen und Netzwerk' });
    const section = heading.closest('section') as HTMLElement;
    const table = within(section).getByRole('table', { name: 'Akteur*innen' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) => [...row.children].map((cell) => text(cell)).join(' | '));
    expect(rows).toEqual([
      'Name | Art | Anmerkungen',
      'Integrationsrat | Politik | Tagt monatlich.',
      'Jüdische Gemeinde | Jüdische Gemeinde | ',
      '– | Beratungsstelle | Name folgt.',
    ]);
    const intro = within(section).getByText('Viele tragen die Arbeit mit.');
    expect(intro.compareDocumentPosition(table) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(within(section).queryByText('(noch keine Akteur*innen)')).toBeNull();
  });
});
