import { describe, expect, it } from 'vitest';
import type { ConceptJSON } from '../json/conceptJsonSchema.ts';
import { rt } from '../sample/rt.ts';
import { sampleConcept } from '../sample/sampleConcept.ts';
import { compareConcepts } from './compareConcepts.ts';
import type { DiffPart } from './DiffPart.ts';

function base(): ConceptJSON {
  return sampleConcept({ fields: 3, goals: 5, measures: 6 });
}

function marked(parts: readonly DiffPart[]): string {
  return parts
    .map((p) => (p.kind === 'added' ? `[+${p.text}]` : p.kind === 'removed' ? `[-${p.text}]` : p.text))
    .join('');
}

describe('compareConcepts', () => {
  it('finds nothing between a concept and its copy', () => {
    const concept = base();
    const comparison = compareConcepts(concept, structuredClone(concept));
    expect(comparison.identical).toBe(true);
    expect(comparison.vision).toBeNull();
    expect(comparison.measures).toEqual([]);
  });

  it('marks a chapter’s inserted and deleted words, paragraph by paragraph', () => {
    const before = base();
    const after = structuredClone(before);
    const chapter = after.chapters[0];
    if (!chapter || !before.chapters[0]) throw new Error('sample has chapters');
    before.chapters[0].body = rt.doc(rt.p('Der Kreis ist offen.'), rt.p('Alle wirken mit.'));
    chapter.body = rt.doc(rt.p('Der Kreis ist vielfältig und offen.'), rt.p('Alle wirken mit.'));
    const [change, ...rest] = compareConcepts(before, after).chapters;
    expect(rest).toEqual([]);
    expect(change).toMatchObject({
      kind: 'chapter',
      id: chapter.id,
      change: 'changed',
      title: chapter.title,
    });
    expect(change?.fields.map((f) => f.field)).toEqual(['body']);
    expect(marked(change?.fields[0]?.diff ?? [])).toBe(
      'Der Kreis ist [+vielfältig und ]offen.\nAlle wirken mit.',
    );
  });

  it('lists which fields of a measure changed, from what to what', () => {
    const before = base();
    const after = structuredClone(before);
    const measure = after.measures[1];
    const old = before.measures[1];
    if (!measure || !old) throw new Error('sample has measures');
    measure.lead = 'Amt für Integration';
    old.lead = 'Jugendamt';
    measure.status = 'in-progress';
    old.status = 'adopted';
    measure.description = rt.doc(rt.p('Neue Beschreibung der Maßnahme.'));
    old.description = rt.doc(rt.p('Alte Beschreibung der Maßnahme.'));
    const [change] = compareConcepts(before, after).measures;
    expect(change?.title).toBe(`${measure.code} ${measure.title}`);
    expect(change?.fields.map((f) => [f.field, f.type, f.before, f.after])).toEqual([
      ['status', 'enum', 'adopted', 'in-progress'],
      ['description', 'richText', 'Alte Beschreibung der Maßnahme.', 'Neue Beschreibung der Maßnahme.'],
      ['lead', 'text', 'Jugendamt', 'Amt für Integration'],
    ]);
    expect(marked(change?.fields[2]?.diff ?? [])).toBe('[-Jugendamt][+Amt für Integration]');
    expect(change?.fields[0]?.diff).toEqual([]);
  });

  it('compares references by id and shows them by name, so renaming a goal changes only the goal', () => {
    const before = base();
    const after = structuredClone(before);
    const goal = after.goals.find((g) => after.measures.some((m) => m.goalIds.includes(g.id)));
    if (!goal) throw new Error('sample links goals');
    goal.title = `${goal.title} (neu gefasst)`;
    const comparison = compareConcepts(before, after);
    expect(comparison.goals.map((g) => [g.id, g.fields.map((f) => f.field)])).toEqual([[goal.id, ['title']]]);
    expect(comparison.measures).toEqual([]);

    const relinked = structuredClone(before);
    const measure = relinked.measures[0];
    const other = relinked.goals.find((g) => !measure?.goalIds.includes(g.id));
    if (!measure || !other) throw new Error('sample has goals');
    measure.goalIds = [...measure.goalIds, other.id];
    const [linked] = compareConcepts(before, relinked).measures;
    const goals = linked?.fields.find((f) => f.field === 'goalIds');
    expect(goals?.after.split('\n')).toContain(other.title);
    expect(goals?.diff.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.text])).toEqual([
      ['added', other.title],
    ]);
    expect(goals?.diff.map((p) => p.text).join('')).toBe(goals?.after);
  });

  it('lists added and removed entities with their filled fields, a removed one where it stood', () => {
    const before = base();
    const after = structuredClone(before);
    const [first, gone, third] = after.measures;
    if (!first || !gone || !third) throw new Error('sample has measures');
    after.measures = after.measures.filter((m) => m.id !== gone.id);
    after.measures.push({ ...structuredClone(third), id: 'm-new', code: 'M-99', title: 'Demokratiecafé' });
    after.actors.push({ id: 'a-new', name: 'Verein Miteinander e. V.', type: 'civil-society', notes: '' });
    const comparison = compareConcepts(before, after);
    expect(comparison.measures.map((m) => [m.id, m.change])).toEqual([
      [gone.id, 'removed'],
      ['m-new', 'added'],
    ]);
    const removed = comparison.measures[0];
    expect(removed?.fields.find((f) => f.field === 'title')).toMatchObject({ before: gone.title, after: '' });
    expect(comparison.actors).toEqual([
      {
        kind: 'actor',
        id: 'a-new',
        change: 'added',
        title: 'Verein Miteinander e. V.',
        fields: [
          {
            field: 'name',
            type: 'text',
            before: '',
            after: 'Verein Miteinander e. V.',
            diff: [{ kind: 'added', text: 'Verein Miteinander e. V.' }],
          },
          { field: 'type', type: 'enum', before: '', after: 'civil-society', diff: [] },
        ],
      },
    ]);
    expect(comparison.summary.measure).toEqual({ added: 1, removed: 1, changed: 0 });
    expect(comparison.summary.actor).toEqual({ added: 1, removed: 0, changed: 0 });
    expect(comparison.identical).toBe(false);
  });

  it('diffs the vision and ignores working state (workshops, versions, chapter status, checklist)', () => {
    const before = base();
    const after = structuredClone(before);
    after.vision = rt.doc(rt.p('Ein Kreis für alle.'));
    before.vision = rt.doc(rt.p('Ein Kreis.'));
    after.versions.push({ id: 'v1', name: 'Beschluss', createdAt: '', adopted: true, resolution: null });
    after.workshops = [];
    after.checklist = { anything: true };
    if (after.chapters[0]) after.chapters[0].status = 'final';
    const comparison = compareConcepts(before, after);
    expect(marked(comparison.vision?.diff ?? [])).toBe('Ein Kreis [+für alle].');
    expect(comparison.chapters).toEqual([]);
  });

  it('reads list items, headings and table rows as lines of their own', () => {
    const before = base();
    const after = structuredClone(before);
    const chapter = after.chapters[0];
    if (!chapter || !before.chapters[0]) throw new Error('sample has chapters');
    before.chapters[0].body = rt.doc(rt.h(2, 'Ziele'), rt.ul('Bildung', 'Sport'));
    chapter.body = rt.doc(rt.h(2, 'Ziele'), rt.ul('Bildung', 'Kultur'));
    const [change] = compareConcepts(before, after).chapters;
    expect(change?.fields[0]?.before).toBe('Ziele\n• Bildung\n• Sport');
    expect(marked(change?.fields[0]?.diff ?? [])).toBe('Ziele\n• Bildung\n• [-Sport][+Kultur]');
  });
});
