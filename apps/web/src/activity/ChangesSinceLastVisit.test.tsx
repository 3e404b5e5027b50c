import { act, cleanup, screen, within } from '@testing-library/react';
import { addChapter, keys, recordEdits } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { sampleWithChapterBody as concept, renderInWorkspace } from '../test/factories.tsx';
import { ChangesSinceLastVisit } from './ChangesSinceLastVisit.tsx';
import { deviceId } from './deviceId.ts';
import { markSeen, startVisit } from './lastVisit.ts';
import { recordLocalEdits } from './recordLocalEdits.ts';

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
});

describe('ChangesSinceLastVisit', () => {
  it('says so on the first visit', () => {
    renderInWorkspace(<ChangesSinceLastVisit />, { doc: concept().doc });
    expect(screen.getByText(/Ihr erster Besuch in diesem Konzept/)).toBeTruthy();
  });

  it('lists what others changed since the last visit, with who, links to the parts, and not one’s own edits', () => {
    const { doc, json } = concept();
    markSeen('c1', new Date('2026-12-01T10:00:00Z'));
    const measure = json.measures[0];
    if (!measure) throw new Error('sample has measures');
    recordEdits(
      doc,
      [`${keys.MEASURES}:${measure.id}`],
      { name: 'Jonas', device: 'other' },
      new Date('2026-12-02T09:00:00Z'),
    );
    recordEdits(doc, [keys.VISION], { name: 'Rana', device: 'third' }, new Date('2026-12-02T10:00:00Z'));
    recordEdits(doc, [keys.VISION], { name: 'Jonas', device: 'other' }, new Date('2026-12-02T08:00:00Z'));
    recordEdits(
      doc,
      [`${keys.CHAPTERS}:${json.chapters[0]?.id}`],
      { name: 'Ich', device: deviceId() },
      new Date('2026-12-03T08:00:00Z'),
    );
    // Before the last visit: not new.
    recordEdits(
      doc,
      [`${keys.CHAPTERS}:${json.chapters[1]?.id}`],
      { name: 'Jonas', device: 'other' },
      new Date('2026-11-30T08:00:00Z'),
    );
    renderInWorkspace(<ChangesSinceLastVisit />, { doc });

    const section = screen.getByRole('region', { name: 'Seit Ihrem letzten Besuch' });
    expect(within(section).getByText(/Seitdem wurden 2 Teile bearbeitet:/)).toBeTruthy();
    const links = within(section).getAllByRole('link');
    expect(links.map((l) => l.textContent)).toEqual([
      'Leitbild',
      `Maßnahme „${measure.code} ${measure.title}“`,
    ]);
    expect(links[0]?.getAttribute('href')).toBe('/c/c1/vision');
    expect(links[1]?.getAttribute('href')).toBe(`/c/c1/measure/${measure.id}`);
    expect(section.textContent).toContain('Rana und Jonas');
    expect(section.textContent).not.toContain('Ich');
  });

  it('shows a change that arrives while the page is open', () => {
    const { doc } = concept();
    markSeen('c1', new Date('2026-12-01T10:00:00Z'));
    renderInWorkspace(<ChangesSinceLastVisit />, { doc });
    expect(screen.getByText(/hat niemand sonst etwas geändert/)).toBeTruthy();
    act(() => recordEdits(doc, [keys.VISION], { name: 'Aylin', device: 'other' }));
    expect(screen.getByRole('link', { name: 'Leitbild' })).toBeTruthy();
  });

  it('keeps the previous visit for the tab: a reload does not make it "now"', () => {
    markSeen('c1', new Date('2026-12-01T10:00:00Z'));
    expect(startVisit('c1')).toBe('2026-12-01T10:00:00.000Z');
    markSeen('c1', new Date('2026-12-05T10:00:00Z'));
    expect(startVisit('c1')).toBe('2026-12-01T10:00:00.000Z');
  });
});

describe('recordLocalEdits', () => {
  it('logs typed text and changed fields, not a body rewritten without new text, not changes from elsewhere', async () => {
    const { doc, json } = concept();
    const chapter = json.chapters[0];
    const measure = json.measures[1];
    if (!chapter || !measure) throw new Error('sample has chapters and measures');
    const stop = recordLocalEdits(doc, () => ({ name: 'Aylin', device: 'dev-a' }));
    const body = doc.getMap<Y.Map<unknown>>(keys.CHAPTERS).get(chapter.id)?.get(keys.BODY) as Y.XmlFragment;

    // What an editor binding does on opening: the same text, written anew.
    doc.transact(() => {
      const paragraph = body.get(0) as Y.XmlElement;
      const text = (paragraph.get(0) as Y.XmlText).toString();
      const again = new Y.XmlElement('paragraph');
      again.insert(0, [new Y.XmlText(text)]);
      body.delete(0, 1);
      body.insert(0, [again]);
    });
    await Promise.resolve();
    expect(doc.getMap(keys.EDIT_LOG).size).toBe(0);

    // From another replica: not this person's edit.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    other.getXmlFragment(keys.VISION).insert(0, [new Y.XmlText('Von woanders')]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    await Promise.resolve();
    expect(doc.getMap(keys.EDIT_LOG).size).toBe(0);

    ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Neu: ');
    (doc.getMap<Y.Map<unknown>>(keys.MEASURES).get(measure.id) as Y.Map<unknown>).set('lead', 'Jugendamt');
    await Promise.resolve();
    expect([...doc.getMap(keys.EDIT_LOG).keys()].sort()).toEqual(
      [`${keys.CHAPTERS}:${chapter.id}|dev-a`, `${keys.MEASURES}:${measure.id}|dev-a`].sort(),
    );
    stop();
  });

  it('logs the first keystroke in a chapter that came from another replica', async () => {
    const { doc } = concept();
    const stop = recordLocalEdits(doc, () => ({ name: 'Aylin', device: 'dev-a' }));
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    const id = addChapter(other, { title: 'Neu von Jonas' });
    const theirs = other.getMap<Y.Map<unknown>>(keys.CHAPTERS).get(id)?.get(keys.BODY) as Y.XmlFragment;
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText('Von Jonas')]);
    theirs.insert(0, [paragraph]);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other));
    await Promise.resolve();
    expect(doc.getMap(keys.EDIT_LOG).size).toBe(0);
    const body = doc.getMap<Y.Map<unknown>>(keys.CHAPTERS).get(id)?.get(keys.BODY) as Y.XmlFragment;
    ((body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'A');
    await Promise.resolve();
    expect([...doc.getMap(keys.EDIT_LOG).keys()]).toEqual([`${keys.CHAPTERS}:${id}|dev-a`]);
    stop();
  });
});
