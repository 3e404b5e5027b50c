import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addChapter, addMeasure, renameGoalLevel, rt, updateChapter, updateMeasure } from '@werkbank/concept';
import { I18nProvider } from '@werkbank/editor';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { webMessagesDe } from '../i18n/webMessagesDe.ts';
import { webMessagesEn } from '../i18n/webMessagesEn.ts';
import { navConcept, renderInWorkspace } from '../test/factories.tsx';
import { WorkspaceContext } from '../workspace/WorkspaceContext.ts';
import { DocumentView } from './DocumentView.tsx';

afterEach(() => {
  cleanup();
  window.history.replaceState(null, '', '/');
});

function concept() {
  const doc = new Y.Doc();
  const ids = navConcept(doc);
  const ziele = addChapter(doc, {
    key: 'ziele',
    title: 'Ziele und Wirkungen',
    body: rt.doc(rt.p('Die Ziele gelten bis 2030.')),
  });
  updateChapter(doc, ids.ausgangslage, {
    body: rt.doc(
      rt.h(1, 'Daten'),
      rt.p('Im Kreis leben ', rt.bold('viele'), ' Vereine. ', rt.link('Quelle', 'https://example.org/daten')),
      rt.ul('erster Punkt', 'zweiter Punkt'),
      rt.p(rt.link('Gefährlich', 'javascript:alert(1)')),
      rt.table(rt.tr(rt.th('Jahr'), rt.th('Anzahl')), rt.tr(rt.td('2025'), rt.td('12'))),
    ),
  });
  updateMeasure(doc, ids.m1, { lead: 'Kreissportbund', partners: ['Fanprojekt', 'Stadtsportverband'] });
  return { ...ids, ziele };
}

describe('DocumentView', () => {
  it('shows the concept in the Word export’s order and wording, rich text rendered without an editor', () => {
    const { doc, ziele } = concept();
    const { container } = renderInWorkspace(<DocumentView view={{ kind: 'document' }} />, { doc });
    const article = container.querySelector('.document-text') as HTMLElement;
    const parts = within(article)
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.textContent);
    // The goals take the place of the "ziele" chapter, its title and number; Leitbild, which no chapter asks for,
    // comes before, and like every part without a chapter carries no number (as in the navigation and the export).
    expect(parts).toEqual([
      '1 Ausgangslage',
      '2 Beteiligung',
      'Leitbild',
      '3 Ziele und Wirkungen',
      'Handlungsfelder',
      'Maßnahmenübersicht',
      'Maßnahmensteckbriefe',
      'Akteur*innen',
    ]);
    expect(document.getElementById(`chapter-${ziele}`)?.textContent).toBe('3 Ziele und Wirkungen');
    expect(within(article).getByText('Die Ziele gelten bis 2030.')).toBeTruthy();
    expect(within(article).getByRole('heading', { level: 3, name: 'Daten' })).toBeTruthy();
    expect(within(article).getByText('viele').tagName).toBe('STRONG');
    expect(within(article).getByRole('link', { name: 'Quelle' }).getAttribute('href')).toBe(
      'https://example.org/daten',
    );
    expect(within(article).queryByRole('link', { name: 'Gefährlich' })).toBeNull();
    expect(within(article).getByText('zweiter Punkt').closest('ul')).toBeTruthy();
    expect(within(article).getByRole('cell', { name: '12' })).toBeTruthy();
    expect(container.querySelector('[contenteditable]')).toBeNull();

    expect(within(article).getByText(/1 Leitziel, 1 Mittlerziel und 2 Handlungsziele/)).toBeTruthy();
    expect(
      within(article).getByRole('heading', {
        level: 5,
        name: 'Handlungsziel 1.1.1: Trainer*innen erkennen Diskriminierung',
      }),
    ).toBeTruthy();
    const sheet = within(article).getByRole('article', { name: 'M-01 Fortbildung für Vereine' });
    const rows = within(sheet)
      .getAllByRole('term')
      .map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`);
    expect(rows).toEqual([
      'Nummer=M-01',
      'Titel=Fortbildung für Vereine',
      'Handlungsfeld=Sport',
      'Handlungsziel=1.1.1 Trainer*innen erkennen Diskriminierung',
      'Federführung=Kreissportbund',
      'Kooperationspartner*innen=FanprojektStadtsportverband',
      'Status=Vorgeschlagen',
    ]);
  });

  it('names goal levels as the concept does, live, and keeps a fourth level apart', () => {
    const { doc } = concept();
    const { container } = renderInWorkspace(<DocumentView view={{ kind: 'document' }} />, { doc });
    act(() => {
      renameGoalLevel(doc, 0, { singular: 'Strategisches Ziel', plural: 'Strategische Ziele' });
      renameGoalLevel(doc, 2, { singular: 'Maßnahmenziel', plural: 'Maßnahmenziele' });
    });
    const article = container.querySelector('.document-text') as HTMLElement;
    expect(
      within(article).getByText(/1 Strategisches Ziel, 1 Mittlerziel und 2 Maßnahmenziele/),
    ).toBeTruthy();
    expect(
      within(article).getByRole('heading', {
        level: 5,
        name: 'Maßnahmenziel 1.1.1: Trainer*innen erkennen Diskriminierung',
      }),
    ).toBeTruthy();
    const sheet = within(article).getByRole('article', { name: 'M-01 Fortbildung für Vereine' });
    const terms = within(sheet)
      .getAllByRole('term')
      .map((dt) => `${dt.textContent}=${dt.nextElementSibling?.textContent}`);
    expect(terms).toContain('Maßnahmenziel=1.1.1 Trainer*innen erkennen Diskriminierung');
    expect(within(article).queryByText(/Handlungsziel/)).toBeNull();
  });

  it('follows the live document: a change made through a verb shows at once', () => {
    const { doc, m2 } = concept();
    renderInWorkspace(<DocumentView view={{ kind: 'document' }} />, { doc });
    act(() => updateMeasure(doc, m2, { title: 'Projekttage an Schulen' }));
    expect(screen.getByRole('article', { name: 'M-02 Projekttage an Schulen' })).toBeTruthy();
    act(() => {
      addMeasure(doc, { title: 'Beratungsnetz' });
    });
    expect(screen.getByRole('link', { name: 'M-03 Beratungsnetz' })).toBeTruthy();
  });

  it('has a table of contents whose links move focus to their headings', async () => {
    const user = userEvent.setup();
    const { doc, bildung } = concept();
    renderInWorkspace(<DocumentView view={{ kind: 'document' }} />, { doc });
    const toc = screen.getByRole('navigation', { name: 'Inhalt' });
    const links = within(toc).getAllByRole('link');
    for (const link of links) {
      const id = link.getAttribute('href')?.slice(1) ?? '';
      expect(document.getElementById(id), id).not.toBeNull();
    }
    await user.click(within(toc).getByRole('link', { name: 'Politische Bildung' }));
    expect(document.activeElement).toBe(document.getElementById(`field-${bildung}`));
    expect(window.location.hash).toBe(`#field-${bildung}`);
    await user.click(within(toc).getByRole('link', { name: 'M-02 Workshop an Schulen' }));
    expect(document.activeElement?.textContent).toBe('M-02 Workshop an Schulen');
  });

  it('searches titles, rich text and sheet fields, announces the count and jumps to a hit', async () => {
    const user = userEvent.setup();
    const { doc, ausgangslage, m1 } = concept();
    renderInWorkspace(<DocumentView view={{ kind: 'document' }} />, { doc });
    const search = screen.getByRole('search', { name: 'Im Konzept suchen' });
    await user.type(within(search).getByRole('searchbox'), 'verein');
    expect(within(search).getByRole('status').textContent).toBe('3 Treffer');
    const hits = within(within(search).getByRole('list', { name: 'Suchergebnisse' })).getAllByRole(
      'listitem',
    );
    expect(hits.map((h) => h.querySelector('a')?.getAttribute('href'))).toEqual([
      `#chapter-${ausgangslage}`,
      expect.stringMatching(/^#goal-/),
      `#measure-${m1}`,
    ]);
    expect(hits[0]?.querySelector('mark')?.textContent).toBe('Verein');
    await user.click(within(hits[2] as HTMLElement).getByRole('link'));
    expect(document.activeElement).toBe(document.getElementById(`measure-${m1}`));

    await user.clear(within(search).getByRole('searchbox'));
    await user.type(within(search).getByRole('searchbox'), 'Kreissportbund');
    expect(within(search).getByRole('status').textContent).toBe('1 Treffer');
    expect(within(search).getByRole('link').textContent).toContain('Maßnahme · Federführung');
    await user.type(within(search).getByRole('searchbox'), 'xyz');
    expect(within(search).getByRole('status').textContent).toBe('Keine Treffer für „Kreissportbundxyz“.');
  });

  it('reads in English with every label translated', () => {
    const { doc } = concept();
    const value = {
      conceptId: 'c1',
      token: 'tok',
      role: 'viewer' as const,
      editable: false,
      doc,
      awareness: new Awareness(doc),
    };
    const { container } = render(
      <I18nProvider locale="en" messages={{ de: webMessagesDe, en: webMessagesEn }}>
        <WorkspaceContext.Provider value={value}>
          <DocumentView view={{ kind: 'document' }} />
        </WorkspaceContext.Provider>
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Measure sheets' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeTruthy();
    expect(screen.getByRole('search', { name: 'Search the concept' })).toBeTruthy();
    expect(container.textContent).not.toMatch(/web\.(document|search|mode)\./);
  });
});
