import { describe, expect, it } from 'vitest';
import type { ConceptJSON, GoalJSON } from '../json/conceptJsonSchema.ts';
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
    expect(comparison.summary.measure).toEqual({ added: 1, removed: 1, changed: 0, moved: 0, formatted: 0 });
    expect(comparison.summary.actor).toEqual({ added: 1, removed: 0, changed: 0, moved: 0, formatted: 0 });
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

  it('tells a goal moved under another goal and a measure moved to another field of action, not as field changes', () => {
    const before = base();
    const after = structuredClone(before);
    const goal = after.goals.find((g) => g.id === 'goal-h2');
    const measure = after.measures.find((m) => m.id === 'measure-002');
    if (!goal || !measure) throw new Error('sample has goal-h2 and measure-002');
    goal.parentId = 'goal-m1';
    measure.primaryFieldId = 'field-3';
    const comparison = compareConcepts(before, after);
    expect(comparison.goals).toEqual([
      {
        kind: 'goal',
        id: 'goal-h2',
        change: 'changed',
        title: goal.title,
        fields: [],
        move: {
          kind: 'parent',
          from: 'Beratungsangebote im Handlungsfeld „Sport“ bekannter machen',
          to: 'Rassismuskritische Kompetenz der Fachkräfte im Handlungsfeld „Politische Bildung“ erhöhen',
        },
      },
    ]);
    expect(comparison.measures).toMatchObject([
      {
        id: 'measure-002',
        change: 'changed',
        fields: [],
        move: { kind: 'parent', from: 'Sport', to: 'Kultur' },
      },
    ]);
    expect(comparison.summary.goal).toEqual({ added: 0, removed: 0, changed: 1, moved: 1, formatted: 0 });
    expect(comparison.summary.measure.moved).toBe(1);
    expect(comparison.identical).toBe(false);

    // To the top level and out of every field of action: '' names the top and "no field".
    goal.parentId = null;
    measure.primaryFieldId = null;
    const out = compareConcepts(before, after);
    expect(out.goals[0]?.move).toEqual({
      kind: 'parent',
      from: 'Beratungsangebote im Handlungsfeld „Sport“ bekannter machen',
      to: '',
    });
    expect(out.measures[0]?.move).toEqual({ kind: 'parent', from: 'Sport', to: '' });
  });

  it('tells a reordered entity by its place among its siblings, and only the one that moved', () => {
    const before = base();
    const after = structuredClone(before);
    // M-01 goes behind M-04 (both in field-1); M-04 moves up without being moved itself.
    const [m1, ...rest] = after.measures;
    if (!m1) throw new Error('sample has measures');
    after.measures = [...rest, m1];
    const chapters = after.chapters;
    const [c1, c2, ...others] = chapters;
    if (!c1 || !c2) throw new Error('sample has chapters');
    after.chapters = [c2, c1, ...others];
    const comparison = compareConcepts(before, after);
    expect(comparison.measures.map((m) => [m.id, m.move])).toEqual([
      ['measure-001', { kind: 'order', from: 1, to: 2 }],
    ]);
    expect(comparison.chapters).toHaveLength(1);
    expect(comparison.chapters[0]?.move?.kind).toBe('order');
    expect(comparison.summary.measure).toEqual({ added: 0, removed: 0, changed: 1, moved: 1, formatted: 0 });
  });

  it('does not call entities moved when one before them was added or removed', () => {
    const before = base();
    const after = structuredClone(before);
    after.measures = after.measures.filter((m) => m.id !== 'measure-001');
    after.goals.splice(1, 0, {
      ...structuredClone(after.goals[1] as GoalJSON),
      id: 'goal-new',
      title: 'Neu',
    });
    const comparison = compareConcepts(before, after);
    expect(comparison.measures.map((m) => [m.id, m.change, m.move])).toEqual([
      ['measure-001', 'removed', undefined],
    ]);
    expect(comparison.goals.map((g) => [g.id, g.change, g.move])).toEqual([['goal-new', 'added', undefined]]);
  });

  it('tells formatting changed on the same words: a heading, bold, a numbered list, a link', () => {
    const before = base();
    const after = structuredClone(before);
    const chapter = after.chapters[0];
    const old = before.chapters[0];
    if (!chapter || !old) throw new Error('sample has chapters');
    old.body = rt.doc(rt.p('Ausgangslage'), rt.p('Der Kreis ist offen.'), rt.ul('Bildung', 'Sport'));
    chapter.body = rt.doc(
      rt.h(2, 'Ausgangslage'),
      rt.p('Der Kreis ist ', rt.bold('offen'), '.'),
      rt.ol(1, 'Bildung', 'Sport'),
    );
    const [change] = compareConcepts(before, after).chapters;
    const body = change?.fields[0];
    expect(body).toMatchObject({ field: 'body', formatting: ['heading', 'list', 'bold'] });
    expect(body?.before).toBe(body?.after);
    expect(body?.diff.every((p) => p.kind === 'same')).toBe(true);

    before.vision = rt.doc(rt.p('Mehr unter ', rt.link('beratung', 'https://a.example')));
    after.vision = rt.doc(rt.p('Mehr unter ', rt.link('beratung', 'https://b.example')));
    const comparison = compareConcepts(before, after);
    expect(comparison.vision?.formatting).toEqual(['link']);
    expect(comparison.summary.chapter).toEqual({ added: 0, removed: 0, changed: 1, moved: 0, formatted: 1 });
  });

  it('tells formatting on words that stayed beside changed words, and none for words changed alone', () => {
    const before = base();
    const after = structuredClone(before);
    const measure = after.measures[0];
    const old = before.measures[0];
    if (!measure || !old) throw new Error('sample has measures');
    old.description = rt.doc(rt.p('Alle Vereine sind eingeladen.'));
    measure.description = rt.doc(
      rt.p('Alle ', rt.italic('Sportvereine'), ' sind ', rt.bold('herzlich'), ' eingeladen.'),
    );
    const [change] = compareConcepts(before, after).measures;
    const description = change?.fields.find((f) => f.field === 'description');
    // "Sportvereine" and "herzlich" are new words, so their marks are no formatting change.
    expect(description?.formatting).toBeUndefined();
    expect(marked(description?.diff ?? [])).toBe(
      'Alle [-Vereine][+Sportvereine] sind [+herzlich ]eingeladen.',
    );

    measure.description = rt.doc(rt.p(rt.bold('Alle'), ' Sportvereine sind eingeladen.'));
    const [bolded] = compareConcepts(before, after).measures;
    expect(bolded?.fields.find((f) => f.field === 'description')?.formatting).toEqual(['bold']);
  });

  it('compares the concept’s details: title, phase and the goal levels’ names, not its status', () => {
    const before = base();
    const after = structuredClone(before);
    after.meta.title = 'Handlungskonzept für Vielfalt';
    after.meta.phase = 'Evaluation und Fortschreibung';
    // The status is working state (adopting and beginning a revision write it), not compared.
    after.meta.status = 'revision';
    after.goalLevels = [
      { singular: 'Strategisches Ziel', plural: 'Strategische Ziele' },
      { singular: 'Handlungsziel', plural: 'Handlungsziele' },
    ];
    const comparison = compareConcepts(before, after);
    expect(comparison.meta.map((f) => [f.field, f.before, f.after])).toEqual([
      ['title', before.meta.title, 'Handlungskonzept für Vielfalt'],
      ['phase', 'Umsetzung und Monitoring', 'Evaluation und Fortschreibung'],
      [
        'goalLevels',
        'Leitziel / Leitziele\nMittlerziel / Mittlerziele\nHandlungsziel / Handlungsziele',
        'Strategisches Ziel / Strategische Ziele\nHandlungsziel / Handlungsziele',
      ],
    ]);
    expect(comparison.identical).toBe(false);
    // A concept stored without level names reads the defaults: writing them out changes nothing.
    const named = structuredClone(before);
    named.goalLevels = [
      { singular: 'Leitziel', plural: 'Leitziele' },
      { singular: 'Mittlerziel', plural: 'Mittlerziele' },
      { singular: 'Handlungsziel', plural: 'Handlungsziele' },
    ];
    expect(compareConcepts(before, named).identical).toBe(true);
  });
});
