import { addGoal, goalTree, readGoals, readMeasures, updateMeasure } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { navConcept } from '../test/factories.tsx';
import { goalNavStatus } from './goalNavStatus.ts';

describe('goalNavStatus', () => {
  it('counts each goal’s measures and indicators and the served Handlungsziele up the tree', () => {
    const { doc, leit, mittler, h1, h2 } = navConcept();
    const second = addGoal(doc, { title: 'Schulen handeln', parentId: leit });
    const statuses = goalNavStatus(goalTree(readGoals(doc)), readMeasures(doc));
    expect(statuses.get(h1)).toEqual({
      level: 'handlungsziel',
      levelName: 'Handlungsziel',
      measures: 1,
      indicators: 0,
      actionGoals: 1,
      actionGoalsServed: 1,
    });
    expect(statuses.get(h2)).toMatchObject({ measures: 0, indicators: 1, actionGoalsServed: 0 });
    expect(statuses.get(mittler)).toMatchObject({
      level: 'mittlerziel',
      actionGoals: 2,
      actionGoalsServed: 1,
    });
    expect(statuses.get(second)).toMatchObject({
      level: 'mittlerziel',
      actionGoals: 0,
      actionGoalsServed: 0,
    });
    expect(statuses.get(leit)).toMatchObject({ level: 'leitziel', actionGoals: 2, actionGoalsServed: 1 });
  });

  it('counts a Handlungsziel as served when a measure serves a goal above it', () => {
    const { doc, leit, mittler, h2 } = navConcept();
    const measure = readMeasures(doc)[0];
    if (!measure) throw new Error('navConcept has a measure');
    updateMeasure(doc, measure.id, { goalIds: [...measure.goalIds, mittler] });
    const statuses = goalNavStatus(goalTree(readGoals(doc)), readMeasures(doc));
    expect(statuses.get(h2)).toMatchObject({ measures: 0, actionGoalsServed: 1 });
    expect(statuses.get(leit)).toMatchObject({ actionGoals: 2, actionGoalsServed: 2 });
  });

  it('names each goal’s level as the concept does, and counts the deepest level it names', () => {
    const { doc, leit, mittler, h1 } = navConcept();
    const levels = [
      { singular: 'Strategisches Ziel', plural: 'Strategische Ziele' },
      { singular: 'Handlungsziel', plural: 'Handlungsziele' },
    ];
    const statuses = goalNavStatus(goalTree(readGoals(doc), levels.length), readMeasures(doc), levels);
    expect(statuses.get(leit)).toMatchObject({ levelName: 'Strategisches Ziel', actionGoals: 3 });
    expect(statuses.get(mittler)).toMatchObject({ level: 'handlungsziel', levelName: 'Handlungsziel' });
    // Below the two named levels: named by its depth, and counted with the deepest level.
    expect(statuses.get(h1)).toMatchObject({ level: 'handlungsziel', levelName: 'Ziel der Ebene 3' });
  });
});
