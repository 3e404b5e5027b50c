import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, conceptErrorOf, syncDocs, testTemplate } from '../../test/factories.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { toJSON } from '../json/toJSON.ts';
import { readGoalLevels } from '../model/goalLevelStore.ts';
import { checkConcept } from '../queries/checkConcept.ts';
import { flattenGoalTree, goalTree } from '../queries/goalTree.ts';
import { readChecklistInput } from '../queries/readChecklistInput.ts';
import { createConceptFromTemplate } from '../template/createConceptFromTemplate.ts';
import { addGoalLevel, removeGoalLevel, renameGoalLevel } from './goalLevelVerbs.ts';
import { addGoal, deleteGoal, moveGoal } from './goalVerbs.ts';

const strategic = [
  { singular: 'Strategisches Ziel', plural: 'Strategische Ziele' },
  { singular: 'Handlungsziel', plural: 'Handlungsziele' },
];
const newConcept = { title: 'Konzept', territory: 'Kreis Musterland', territoryType: 'kreis' as const };

describe('goal level verbs', () => {
  it('starts a concept with the template’s level names', () => {
    const doc = createConceptFromTemplate({ ...testTemplate, goalLevels: strategic }, newConcept);
    expect(readGoalLevels(doc)).toEqual(strategic);
    expect(toJSON(doc).goalLevels).toEqual(strategic);
  });

  it('renames a level and leaves the others as they were', () => {
    const { doc } = buildConcept();
    renameGoalLevel(doc, 1, { singular: ' Teilziel ', plural: 'Teilziele' });
    expect(readGoalLevels(doc).map((l) => l.singular)).toEqual(['Leitziel', 'Teilziel', 'Handlungsziel']);
    expect(conceptErrorOf(() => renameGoalLevel(doc, 3, strategic[0]!)).code).toBe('not-found');
    expect(conceptErrorOf(() => renameGoalLevel(doc, 0, { singular: ' ', plural: 'x' })).code).toBe(
      'invalid-input',
    );
  });

  it('allows goals as deep as the concept names levels, up to six, and says which level is the deepest', () => {
    const { doc, goals } = buildConcept();
    const tooDeep = conceptErrorOf(() => addGoal(doc, { title: 'x', parentId: goals.handlungsziel1 }));
    expect(tooDeep.code).toBe('too-deep');
    expect(tooDeep.details).toEqual({ deepest: 'Handlungsziel', count: '3' });
    addGoalLevel(doc, { singular: 'Teilziel', plural: 'Teilziele' });
    addGoalLevel(doc, { singular: 'Schritt', plural: 'Schritte' });
    addGoalLevel(doc, { singular: 'Meilenstein', plural: 'Meilensteine' });
    let parent = goals.handlungsziel1;
    for (const title of ['Vierte', 'Fünfte', 'Sechste']) parent = addGoal(doc, { title, parentId: parent });
    expect(conceptErrorOf(() => addGoal(doc, { title: 'Siebte', parentId: parent })).details.deepest).toBe(
      'Meilenstein',
    );
    expect(conceptErrorOf(() => addGoalLevel(doc, { singular: 'Siebte', plural: 'Siebte' })).code).toBe(
      'too-many-levels',
    );
    const tree = flattenGoalTree(goalTree(toJSON(doc).goals, readGoalLevels(doc).length));
    expect(tree.map((n) => n.depth)).toEqual([0, 1, 2, 3, 4, 5, 2]);
    expect(tree.map((n) => n.level)).toEqual([
      'leitziel',
      'mittlerziel',
      'mittlerziel',
      'mittlerziel',
      'mittlerziel',
      'handlungsziel',
      'mittlerziel',
    ]);
  });

  it('moves a subtree only as deep as the levels reach', () => {
    const { doc, goals } = buildConcept();
    expect(conceptErrorOf(() => moveGoal(doc, goals.handlungsziel2, goals.handlungsziel1)).code).toBe(
      'too-deep',
    );
    addGoalLevel(doc, { singular: 'Teilziel', plural: 'Teilziele' });
    moveGoal(doc, goals.handlungsziel2, goals.handlungsziel1);
    expect(flattenGoalTree(goalTree(toJSON(doc).goals)).map((n) => n.depth)).toEqual([0, 1, 2, 3]);
  });

  it('removes the deepest level only when no goal is on it, and never the last one', () => {
    const { doc, goals } = buildConcept();
    expect(conceptErrorOf(() => removeGoalLevel(doc)).code).toBe('level-in-use');
    deleteGoal(doc, goals.handlungsziel1, 'delete');
    deleteGoal(doc, goals.handlungsziel2, 'delete');
    removeGoalLevel(doc);
    expect(readGoalLevels(doc).map((l) => l.singular)).toEqual(['Leitziel', 'Mittlerziel']);
    deleteGoal(doc, goals.mittlerziel, 'delete');
    removeGoalLevel(doc);
    deleteGoal(doc, goals.leitziel, 'delete');
    expect(conceptErrorOf(() => removeGoalLevel(doc)).code).toBe('last-level');
  });

  it('names the deepest level in the finding about goals without a measure', () => {
    const doc = createConceptFromTemplate({ ...testTemplate, goalLevels: strategic }, newConcept);
    const root = addGoal(doc, { title: 'Teilhabe ist selbstverständlich' });
    addGoal(doc, { title: 'Vereine haben eine Ansprechperson', parentId: root });
    const findings = checkConcept(readChecklistInput(doc)).filter((f) => f.code === 'goal-without-measure');
    expect(findings.map((f) => f.message)).toEqual([
      'Handlungsziel „Vereine haben eine Ansprechperson“ hat noch keine Maßnahme',
    ]);
    renameGoalLevel(doc, 1, { singular: 'Maßnahmenziel', plural: 'Maßnahmenziele' });
    const renamed = checkConcept(toJSON(doc)).filter((f) => f.code === 'goal-without-measure');
    expect(renamed.map((f) => f.level)).toEqual(['Maßnahmenziel']);
  });

  it('round-trips the names through Concept JSON, and two people adding a level at once get one', () => {
    const { doc } = buildConcept();
    addGoalLevel(doc, { singular: 'Teilziel', plural: 'Teilziele' });
    renameGoalLevel(doc, 0, strategic[0]!);
    const json = toJSON(doc);
    expect(toJSON(fromJSON(JSON.parse(JSON.stringify(json))))).toEqual(json);

    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    addGoalLevel(doc, { singular: 'Schritt', plural: 'Schritte' });
    addGoalLevel(other, { singular: 'Etappe', plural: 'Etappen' });
    syncDocs(doc, other);
    expect(readGoalLevels(doc)).toHaveLength(5);
    expect(readGoalLevels(doc)).toEqual(readGoalLevels(other));
  });
});
