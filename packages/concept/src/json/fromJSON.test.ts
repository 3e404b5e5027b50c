import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, buildVotingWorkshop, conceptErrorOf, paragraphs } from '../../test/factories.ts';
import { migrateDoc } from '../migrations/migrateDoc.ts';
import { CURRENT_DOC_SCHEMA_VERSION } from '../migrations/migrations.ts';
import { promoteProposal } from '../verbs/proposalVerbs.ts';
import { addVersion, markVersionAdopted } from '../verbs/versionVerbs.ts';
import type { ConceptJSON } from './conceptJsonSchema.ts';
import { fromJSON, parseConceptJSON } from './fromJSON.ts';
import { toJSON } from './toJSON.ts';

function richConcept(): ConceptJSON {
  const { doc, fields } = buildConcept();
  const { proposals } = buildVotingWorkshop(doc, fields.sport);
  promoteProposal(doc, proposals[1]);
  markVersionAdopted(doc, addVersion(doc, { name: 'Beschluss' }), {
    body: 'Rat',
    date: '2025-06-26',
    drucksache: '1/25',
  });
  return toJSON(doc);
}

/** A copy of `json` changed by `edit`, for building invalid input. */
function broken(edit: (json: ConceptJSON & Record<string, unknown>) => void): unknown {
  const copy = structuredClone(richConcept()) as ConceptJSON & Record<string, unknown>;
  edit(copy);
  return copy;
}

describe('fromJSON', () => {
  it('rebuilds the same concept: ids, order, links, bodies, votes, versions', () => {
    const json = richConcept();
    expect(toJSON(fromJSON(json))).toEqual(json);
  });

  it('writes each field once: the built document holds no deleted items', () => {
    const json = richConcept();
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(fromJSON(json)));
    let items = 0;
    const deleted: string[] = [];
    for (const structs of doc.store.clients.values())
      for (const struct of structs) {
        items++;
        if (struct.deleted) deleted.push(struct instanceof Y.Item ? String(struct.parentSub) : 'gc');
      }
    expect(items).toBeGreaterThan(100);
    expect(deleted).toEqual([]);
    expect(toJSON(doc)).toEqual(json);
  });

  it('fills a given doc', () => {
    const doc = new Y.Doc();
    expect(fromJSON(richConcept(), doc)).toBe(doc);
    expect(toJSON(doc).measures).toHaveLength(3);
  });

  it.each([
    ['not an object', () => 'Konzept', ''],
    ['a bad schemaVersion', () => broken((j) => Object.assign(j, { schemaVersion: 2 })), 'schemaVersion'],
    ['a missing section', () => broken((j) => Reflect.deleteProperty(j, 'goals')), 'goals'],
    ['a wrong type', () => broken((j) => Object.assign(j.meta, { title: 42 })), 'meta.title'],
    [
      'a missing field',
      () => broken((j) => Reflect.deleteProperty(j.measures[0] as object, 'code')),
      'measures.0.code',
    ],
    [
      'an unknown enum value',
      () => broken((j) => Object.assign(j.measures[1] as object, { status: 'fertig' })),
      'measures.1.status',
    ],
    [
      'a bad date',
      () => broken((j) => Object.assign(j.goals[0] as object, { targetDate: '31.12.2026' })),
      'goals.0.targetDate',
    ],
    [
      'too many dots',
      () => broken((j) => Object.assign(j.workshops[0] as object, { dotsPerParticipant: 99 })),
      'workshops.0.dotsPerParticipant',
    ],
  ])('refuses %s with invalid-input naming the path', (_, input, path) => {
    expect(conceptErrorOf(() => fromJSON(input()))).toMatchObject({ code: 'invalid-input', path });
  });

  it.each([
    [
      'duplicate-id',
      () => broken((j) => Object.assign(j.fieldsOfAction[1] as object, { id: j.fieldsOfAction[0]?.id })),
      'fieldsOfAction.1.id',
    ],
    [
      'duplicate-id',
      () =>
        broken((j) =>
          Object.assign(j.workshops[0]?.proposals[1] as object, { id: j.workshops[0]?.proposals[0]?.id }),
        ),
      'workshops.proposals.1.id',
    ],
    [
      'invalid-reference',
      () => broken((j) => Object.assign(j.measures[0] as object, { goalIds: ['weg'] })),
      'measures.0.goalIds.0',
    ],
    [
      'invalid-reference',
      () => broken((j) => Object.assign(j.measures[0] as object, { primaryFieldId: 'weg' })),
      'measures.0.primaryFieldId',
    ],
    [
      'invalid-reference',
      () => broken((j) => Object.assign(j.goals[1] as object, { parentId: 'weg' })),
      'goals.1.parentId',
    ],
    [
      'invalid-reference',
      () => broken((j) => Object.assign(j.goals[0] as object, { fieldIds: ['weg'] })),
      'goals.0.fieldIds.0',
    ],
    [
      'invalid-reference',
      () => broken((j) => Object.assign(j.measures[2] as object, { originProposalId: 'weg' })),
      'measures.2.originProposalId',
    ],
    [
      'invalid-reference',
      () => broken((j) => Object.assign(j.workshops[0]?.proposals[0] as object, { measureId: 'weg' })),
      'workshops.0.proposals.0.measureId',
    ],
    [
      'cycle',
      () => broken((j) => Object.assign(j.goals[0] as object, { parentId: j.goals[2]?.id })),
      expect.stringMatching(/^goals\.[012]\.parentId$/),
    ],
    [
      'cycle',
      () => broken((j) => Object.assign(j.goals[0] as object, { parentId: j.goals[0]?.id })),
      'goals.0.parentId',
    ],
    [
      'duplicate-code',
      () => broken((j) => Object.assign(j.measures[1] as object, { code: ' m-01' })),
      'measures.1.code',
    ],
    [
      'invalid-rich-text',
      () =>
        broken((j) =>
          Object.assign(j.chapters, [
            {
              id: 'c',
              key: 'k',
              title: 't',
              status: 'empty',
              guidingQuestions: [],
              body: { type: 'doc', content: [{ type: 'script' }] },
            },
          ]),
        ),
      'chapters.0.body',
    ],
    [
      'invalid-rich-text',
      () =>
        broken((j) =>
          Object.assign(j.measures[0] as object, {
            description: { type: 'doc', content: [{ type: 'text', text: 'lose' }] },
          }),
        ),
      'measures.0.description',
    ],
    [
      'invalid-rich-text',
      () =>
        broken((j) =>
          Object.assign(j, {
            vision: {
              type: 'doc',
              content: [
                { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] },
              ],
            },
          }),
        ),
      'vision',
    ],
  ])('refuses with %s, naming the path (case %#)', (code, input, path) => {
    const json = input();
    expect(conceptErrorOf(() => parseConceptJSON(json))).toMatchObject({ code, path });
    expect(conceptErrorOf(() => fromJSON(json))).toMatchObject({ code, path });
  });

  it('writes nothing into a given doc when it refuses', () => {
    const doc = new Y.Doc();
    const json = broken((j) =>
      Object.assign(j.measures[2] as object, { description: { type: 'doc', content: [{ type: 'x' }] } }),
    );
    conceptErrorOf(() => fromJSON(json, doc));
    expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
  });

  it('names the offending path in the message too', () => {
    const error = conceptErrorOf(() =>
      parseConceptJSON(broken((j) => Object.assign(j.measures[0] as object, { goalIds: ['weg'] }))),
    );
    expect(error.message).toMatch(/^measures\.0\.goalIds\.0: /);
    expect(error.name).toBe('ConceptError');
  });

  it('accepts rich text with headings, lists and marks (marks read back with attrs: {})', () => {
    const json = broken((j) =>
      Object.assign(j, {
        vision: {
          type: 'doc',
          content: [
            { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Leitbild' }] },
            ...(paragraphs('Vielfalt').content ?? []),
            {
              type: 'bulletList',
              content: [
                {
                  type: 'listItem',
                  content: [
                    {
                      type: 'paragraph',
                      content: [{ type: 'text', text: 'a', marks: [{ type: 'bold', attrs: {} }] }],
                    },
                  ],
                },
              ],
            },
          ],
        },
      }),
    );
    expect(toJSON(fromJSON(json)).vision).toEqual((json as ConceptJSON).vision);
  });
});

describe('fromJSON and the document schema', () => {
  it('writes the current document schema version, so an imported concept needs no migration', () => {
    const doc = fromJSON(toJSON(buildConcept().doc));
    expect(doc.getMap('meta').get('schemaVersion')).toBe(CURRENT_DOC_SCHEMA_VERSION);
    let updates = 0;
    doc.on('update', () => updates++);
    migrateDoc(doc);
    expect(updates).toBe(0);
  });
});
