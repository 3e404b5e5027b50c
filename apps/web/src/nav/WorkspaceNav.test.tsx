import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import {
  addGoal,
  addGoalIndicator,
  addMeasure,
  checkConcept,
  readActors,
  readChapters,
  readFieldsOfAction,
  readGoals,
  readMeasures,
  readTextPresence,
  readVersions,
  readWorkshops,
  updateChapter,
  updateGoal,
  updateMeasure,
} from '@werkbank/concept';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { WorkspaceView } from '../routing/Route.ts';
import { useRoute } from '../routing/useRoute.ts';
import { useSession } from '../session/useSession.ts';
import { navConcept, remoteUser, renderInWorkspace, syncedDocs } from '../test/factories.tsx';
import { WorkspaceNav } from './WorkspaceNav.tsx';

function chapterIds(doc: Y.Doc): Record<string, string> {
  return Object.fromEntries(readChapters(doc).map((c) => [c.key, c.id]));
}

function nav(): HTMLElement {
  return screen.getByRole('navigation', { name: 'Aufbau des Konzepts' });
}

function link(name: RegExp): HTMLElement {
  return within(nav()).getByRole('link', { name });
}

/** The list of the group whose link is named `name` (its children in the structure). */
function groupList(name: RegExp): HTMLElement {
  const item = link(name).closest('li') as HTMLElement;
  return within(item).getAllByRole('list')[0] as HTMLElement;
}

/** What a link or group says, with its spaces as a screen reader's name has them. */
function text(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function names(list: HTMLElement): string[] {
  return [...list.children].map((li) => text(li.querySelector('a, .nav-heading')));
}

function expand(title: string) {
  fireEvent.click(within(nav()).getByRole('button', { name: `${title} aufklappen` }));
}

function RoutedNav() {
  const route = useRoute();
  const view: WorkspaceView = route.page === 'concept' ? route.view : { kind: 'overview' };
  return <WorkspaceNav view={view} ready />;
}

beforeEach(() => {
  useSession.setState({ navExpanded: {} });
  window.history.replaceState(null, '', '/c/c1');
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('WorkspaceNav', () => {
  it('lists the chapters in order with their status and how many are final', () => {
    const { doc } = navConcept();
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc });
    const chapters = within(nav()).getByRole('button', { name: 'Kapitel zuklappen' }).closest('li');
    expect(text(chapters?.querySelector('.nav-group-head'))).toBe('Kapitel 1/2');
    // Without chapters of their kind the structured parts follow the chapters, each once.
    expect(names(within(chapters as HTMLElement).getAllByRole('list')[0] as HTMLElement)).toEqual([
      '1 Ausgangslage Entwurf',
      '2 Beteiligung Fertig',
      'Leitbild Geschrieben',
      expect.stringMatching(/^Zielsystem /),
      'Handlungsfelder 2',
      'Maßnahmenübersicht 2',
      'Akteur*innen 0',
    ]);
    expect(link(/^1 Ausgangslage Entwurf$/).getAttribute('href')).toMatch(/^\/c\/c1\/chapter\//);
    expect(text(link(/Leitbild/))).toBe('Leitbild Geschrieben');
  });

  it('shows each part once, in the document’s order: a structured chapter is the one entry of its part', () => {
    const { doc } = navConcept(new Y.Doc(), { templateChapters: true });
    const awareness = new Awareness(doc);
    renderInWorkspace(<RoutedNav />, { doc, awareness });
    const chapters = within(nav()).getByRole('button', { name: 'Kapitel zuklappen' }).closest('li');
    const entries = names(within(chapters as HTMLElement).getAllByRole('list')[0] as HTMLElement);
    expect(entries).toEqual([
      '1 Ausgangslage Entwurf',
      '2 Leitbild Entwurf',
      expect.stringMatching(/^3 Ziele 1\/2/),
      '4 Handlungsfelder und Themenfelder 2',
      '5 Maßnahmen 2',
      '6 Akteur*innen und Netzwerk 0',
      '7 Beteiligungsprozess Fertig',
    ]);
    // No second Leitbild, goal system, fields, measures or actors entry anywhere in the navigation.
    const all = within(nav())
      .getAllByRole('link')
      .map((a) => text(a));
    for (const label of [/^Leitbild/, /^Zielsystem/, /^Handlungsfelder/, /^Maßnahmenübersicht/, /^Akteur/])
      expect(all.filter((name) => label.test(name))).toEqual([]);
    // Each entry leads to its part's page; the goal tree and the fields hang below their chapters.
    expect(link(/^2 Leitbild/)).toHaveProperty('pathname', '/c/c1/vision');
    expect(link(/^3 Ziele/)).toHaveProperty('pathname', '/c/c1/goals');
    expect(names(groupList(/^3 Ziele/))[0]).toMatch(/^1 Vielfalt wird gelebt/);
    expect(names(groupList(/^4 Handlungsfelder/))).toEqual(['Sport 1', 'Politische Bildung 1']);
    expect(link(/^5 Maßnahmen/)).toHaveProperty('pathname', '/c/c1/measures');
    expect(link(/^6 Akteur/)).toHaveProperty('pathname', '/c/c1/actors');
    expect(link(/^7 Beteiligungsprozess/).getAttribute('href')).toMatch(/^\/c\/c1\/chapter\//);
    // The entry is current on the part's address and on its chapter's, and shows who is in either.
    fireEvent.click(link(/^2 Leitbild/));
    expect(link(/^2 Leitbild/).getAttribute('aria-current')).toBe('page');
    act(() => {
      remoteUser(awareness, 'Jonas', { kind: 'chapter', id: chapterIds(doc).leitbild });
    });
    expect(link(/^2 Leitbild/).textContent).toContain('Hier: Jonas');
    act(() => window.history.pushState(null, '', `/c/c1/chapter/${chapterIds(doc).ziele}`));
    act(() => window.dispatchEvent(new PopStateEvent('popstate')));
    expect(link(/^3 Ziele/).getAttribute('aria-current')).toBe('page');
    expect(link(/^2 Leitbild/).getAttribute('aria-current')).toBeNull();
  });

  it('shows a Leitbild chapter with its own status once a person set one', () => {
    const { doc } = navConcept(new Y.Doc(), { templateChapters: true });
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc });
    act(() => updateChapter(doc, chapterIds(doc).leitbild as string, { status: 'review' }));
    expect(text(link(/^2 Leitbild/))).toBe('2 Leitbild In Abstimmung');
  });

  it('nests the goal tree in the concept’s order, each goal with its status for eye and ear', () => {
    const { doc, h1, h2, mittler } = navConcept();
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc });
    expect(link(/^Zielsystem/)).toHaveProperty('pathname', '/c/c1/goals');
    expect(link(/^Zielsystem/).textContent).toContain('1 von 2 Zielen der untersten Ebene mit Maßnahme');
    const leit = link(/^1 Vielfalt wird gelebt/);
    expect(leit.getAttribute('href')).toMatch(/^\/c\/c1\/goals\/.+/);
    expect(leit.textContent).toContain('Leitziel: 1 von 2 Zielen der untersten Ebene mit Maßnahme');
    expect(names(groupList(/^Zielsystem/))).toEqual([text(leit)]);
    // Mittlerziele are folded until one of their goals is open.
    expect(names(groupList(/^1 Vielfalt/))).toEqual([
      '1.1 Vereine sind offen 1/2 Mittlerziel: 1 von 2 Zielen der untersten Ebene mit Maßnahme',
    ]);
    expect(within(nav()).queryByRole('link', { name: /Trainer/ })).toBeNull();
    expand('Vereine sind offen');
    expect(names(groupList(/^1\.1 Vereine/))).toEqual([
      '1.1.1 Trainer*innen erkennen Diskriminierung ohne Indikator Handlungsziel: 1 Maßnahme, noch kein Indikator',
      '1.1.2 Betroffene kennen Beratung ohne Maßnahme Handlungsziel: noch keine Maßnahme, 1 Indikator',
    ]);
    expect(link(/^1\.1 Vereine/).getAttribute('href')).toBe(`/c/c1/goals/${mittler}`);
    expect(link(/^1\.1\.1 Trainer/).getAttribute('href')).toBe(`/c/c1/goals/${h1}`);
    expect(link(/^1\.1\.2 Betroffene/).getAttribute('href')).toBe(`/c/c1/goals/${h2}`);
    // Seen: what a Handlungsziel lacks, in words; heard: the level and the whole state. Not colour alone.
    const trainer = link(/^1\.1\.1 Trainer/).querySelector('.nav-note') as HTMLElement;
    expect(trainer.querySelector('[aria-hidden="true"]')?.textContent).toBe('ohne Indikator');
    expect(link(/^1\.1\.1 Trainer/)).toBe(
      link(
        /^1\.1\.1 Trainer\*innen erkennen Diskriminierung Handlungsziel: 1 Maßnahme, noch kein Indikator$/,
      ),
    );
    const betroffene = link(/^1\.1\.2 Betroffene/).querySelector('.nav-note') as HTMLElement;
    expect(betroffene.querySelector('[aria-hidden="true"]')?.textContent).toBe('ohne Maßnahme');
    expect(betroffene.className).toContain('nav-note-warn');
    expect(
      link(/Betroffene kennen Beratung\s*Handlungsziel: noch keine Maßnahme, 1 Indikator$/),
    ).toBeTruthy();
  });

  it('says in one note when a Handlungsziel has neither measure nor indicator', () => {
    const { doc, mittler } = navConcept();
    addGoal(doc, { title: 'Vorfälle werden gemeldet', parentId: mittler });
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc });
    expand('Vereine sind offen');
    expect(text(link(/^1\.1\.3 Vorfälle/))).toBe(
      '1.1.3 Vorfälle werden gemeldet ohne Maßnahme und Indikator Handlungsziel: noch keine Maßnahme, noch kein Indikator',
    );
    expect(text(link(/^1\.1 Vereine/))).toContain('1/3');
  });

  it('opens the Mittlerziel of the goal being looked at and marks that goal', () => {
    const { doc, h2 } = navConcept();
    renderInWorkspace(<WorkspaceNav view={{ kind: 'goals', id: h2 }} ready />, { doc });
    expect(link(/^1\.1\.2 Betroffene/).getAttribute('aria-current')).toBe('page');
    expect(link(/^Zielsystem/).getAttribute('aria-current')).toBeNull();
  });

  it('shows who is at which goal, and everyone below a folded goal on the goal', () => {
    const { doc, h1 } = navConcept();
    const awareness = new Awareness(doc);
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc, awareness });
    act(() => {
      remoteUser(awareness, 'Jonas', { kind: 'goal', id: h1 });
    });
    expect(link(/^1\.1 Vereine/).textContent).toContain('Hier: Jonas');
    expand('Vereine sind offen');
    expect(link(/^1\.1 Vereine/).textContent).not.toContain('Hier: Jonas');
    expect(link(/^1\.1\.1 Trainer/).textContent).toContain('Hier: Jonas');
    expect(link(/^1\.1\.2 Betroffene/).textContent).not.toContain('Jonas');
  });

  it('lists each field of action with its measures and their status', () => {
    const { doc } = navConcept();
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc });
    expect(text(link(/^Handlungsfelder/))).toBe('Handlungsfelder 2');
    const sport = within(nav()).getByText('Sport').closest('li') as HTMLElement;
    expect(within(sport).queryByRole('link')).toBeNull();
    expand('Sport');
    expand('Politische Bildung');
    expect(names(within(sport).getByRole('list'))).toEqual(['M-01 Fortbildung für Vereine Vorgeschlagen']);
    const bildung = within(nav()).getByText('Politische Bildung').closest('li') as HTMLElement;
    expect(names(within(bildung).getByRole('list'))).toEqual(['M-02 Workshop an Schulen Idee']);
  });

  it('follows changes made in another browser live', () => {
    const [a, b] = syncedDocs();
    const { leit, h2, m2, ausgangslage } = navConcept(a);
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc: a });
    expand('Vereine sind offen');
    act(() => {
      updateGoal(b, h2, { title: 'Beratung ist bekannt' });
      const added = addGoal(b, { title: 'Betroffene werden gehört', parentId: leit });
      addGoalIndicator(b, added, { name: 'Anhörungen' });
      updateMeasure(b, m2, { goalIds: [h2] });
      updateChapter(b, ausgangslage, { status: 'final' });
    });
    expect(within(nav()).queryByRole('link', { name: /Betroffene kennen/ })).toBeNull();
    expect(text(link(/^1\.1\.2 Beratung ist bekannt/))).toBe(
      '1.1.2 Beratung ist bekannt Handlungsziel: 1 Maßnahme, 1 Indikator',
    );
    // Nothing lacking, nothing shown: the state is only spoken.
    expect(link(/^1\.1\.2 Beratung/).querySelector('[aria-hidden="true"]')).toBeNull();
    expect(link(/^1\.2 Betroffene werden gehört/)).toBeTruthy();
    expect(names(groupList(/^1 Vielfalt/))).toHaveLength(2);
    expect(link(/^Zielsystem/).textContent).toContain('2 von 2 Zielen der untersten Ebene mit Maßnahme');
    expect(text(link(/^1 Ausgangslage/))).toBe('1 Ausgangslage Fertig');
    act(() => {
      addMeasure(b, { title: 'Sprechstunde', goalIds: [h2] });
    });
    expect(within(nav()).getByText('Ohne Handlungsfeld')).toBeTruthy();
    expect(link(/^1\.1\.2 Beratung ist bekannt/).textContent).toContain(
      'Handlungsziel: 2 Maßnahmen, 1 Indikator',
    );
  });

  it('moves to a goal without a page load: the address changes through pushState', () => {
    const { doc, h1 } = navConcept();
    const pushState = vi.spyOn(window.history, 'pushState');
    renderInWorkspace(<RoutedNav />, { doc });
    const before = nav();
    expand('Vereine sind offen');
    const notCancelled = fireEvent.click(link(/^1\.1\.1 Trainer/));
    expect(notCancelled).toBe(false);
    expect(pushState).toHaveBeenCalledWith(null, '', `/c/c1/goals/${h1}`);
    expect(window.location.pathname).toBe(`/c/c1/goals/${h1}`);
    expect(link(/^1\.1\.1 Trainer/).getAttribute('aria-current')).toBe('page');
    expect(nav()).toBe(before);
    fireEvent.click(link(/^Zielsystem/));
    expect(window.location.pathname).toBe('/c/c1/goals');
    expect(link(/^Zielsystem/).getAttribute('aria-current')).toBe('page');
    expect(pushState).toHaveBeenCalledTimes(2);
  });

  it('counts the findings once the workspace has shown, in the same link', async () => {
    const { doc } = navConcept();
    renderInWorkspace(<WorkspaceNav view={{ kind: 'overview' }} ready />, { doc });
    const findings = link(/^Hinweise/);
    // Checking the concept is the heaviest read: the first render shows the entry without its count.
    expect(text(findings)).toBe('Hinweise');
    const expected = checkConcept({
      goals: readGoals(doc),
      measures: readMeasures(doc),
      ...readTextPresence(doc),
      actors: readActors(doc),
      fieldsOfAction: readFieldsOfAction(doc),
      workshops: readWorkshops(doc),
      versions: readVersions(doc),
    }).length;
    expect(expected).toBeGreaterThan(0);
    await waitFor(() => expect(text(link(/^Hinweise/))).toBe(`Hinweise ${expected}`));
    expect(link(/^Hinweise/)).toBe(findings);
  });
});
