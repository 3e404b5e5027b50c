import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { buildConcept, syncDocs } from '../../test/factories.ts';
import { oldShapedConcept } from '../../test/oldShapedConcept.ts';
import { fromJSON } from '../json/fromJSON.ts';
import { toJSON } from '../json/toJSON.ts';
import { readGoalLevels, storesGoalLevels } from '../model/goalLevelStore.ts';
import { DEFAULT_GOAL_LEVELS } from '../queries/goalLevel.ts';
import { renameGoalLevel } from '../verbs/goalLevelVerbs.ts';
import { addGoal } from '../verbs/goalVerbs.ts';
import { goalLevels } from './goalLevels.ts';
import { migrateDoc } from './migrateDoc.ts';

describe('migration 6: goal level names', () => {
  it('reads an old concept with the names it always had, and stores them', () => {
    const { doc } = oldShapedConcept();
    expect(storesGoalLevels(doc)).toBe(false);
    const before = toJSON(doc);
    expect(before.goalLevels).toEqual(DEFAULT_GOAL_LEVELS);

    migrateDoc(doc);

    expect(storesGoalLevels(doc)).toBe(true);
    expect(readGoalLevels(doc)).toEqual(DEFAULT_GOAL_LEVELS);
    expect(toJSON(doc)).toEqual({ ...before });
  });

  it('leaves an old concept restorable from its backup, before and after', () => {
    const { doc } = oldShapedConcept();
    const old = toJSON(doc);
    expect(toJSON(fromJSON(JSON.parse(JSON.stringify(old))))).toEqual(old);
    migrateDoc(doc);
    const migrated = toJSON(doc);
    expect(toJSON(fromJSON(JSON.parse(JSON.stringify(migrated))))).toEqual(migrated);
  });

  it('imports Concept JSON written before the names: it reads the defaults and stores none', () => {
    const { doc } = buildConcept();
    const { goalLevels: _, ...legacy } = toJSON(doc);
    const imported = fromJSON(JSON.parse(JSON.stringify(legacy)));
    expect(storesGoalLevels(imported)).toBe(false);
    expect(toJSON(imported).goalLevels).toEqual(DEFAULT_GOAL_LEVELS);
  });

  it('changes nothing when run again, or on a concept with names of its own', () => {
    const { doc } = oldShapedConcept();
    doc.transact(() => goalLevels.migrate(doc));
    let updates = 0;
    doc.on('update', () => updates++);
    doc.transact(() => goalLevels.migrate(doc));
    expect(updates).toBe(0);

    const named = new Y.Doc();
    renameGoalLevel(named, 0, { singular: 'Strategisches Ziel', plural: 'Strategische Ziele' });
    named.transact(() => goalLevels.migrate(named));
    expect(readGoalLevels(named)[0]?.singular).toBe('Strategisches Ziel');
  });

  it('lets a person rename a level offline before the migration, and the merge keeps the new name', () => {
    for (const order of ['server-first', 'person-first'] as const) {
      const { doc: server } = oldShapedConcept();
      const person = new Y.Doc();
      person.clientID = 2 ** 31;
      Y.applyUpdate(person, Y.encodeStateAsUpdate(server));
      renameGoalLevel(person, 1, { singular: 'Teilziel', plural: 'Teilziele' });
      migrateDoc(server);
      if (order === 'server-first') syncDocs(server, person);
      else syncDocs(person, server);
      const expected = [
        DEFAULT_GOAL_LEVELS[0],
        { singular: 'Teilziel', plural: 'Teilziele' },
        DEFAULT_GOAL_LEVELS[2],
      ];
      expect(readGoalLevels(server)).toEqual(expected);
      expect(readGoalLevels(person)).toEqual(expected);
    }
  });

  it('keeps the old limit of three levels until the concept names a fourth', () => {
    const { doc, goals } = buildConcept();
    migrateDoc(doc);
    expect(() => addGoal(doc, { title: 'Zu tief', parentId: goals.handlungsziel1 })).toThrow(
      /„Handlungsziel“/,
    );
  });
});
