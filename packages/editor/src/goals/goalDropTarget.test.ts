import { goalTree, readGoals } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { smallConcept } from '../test/factories.ts';
import { dropZoneAt, goalDropTarget } from './goalDropTarget.ts';
import { indexGoalTree } from './indexGoalTree.ts';

function places() {
  const ids = smallConcept();
  return { ...ids, places: indexGoalTree(goalTree(readGoals(ids.doc))) };
}

describe('dropZoneAt', () => {
  const row = { top: 100, height: 40 };

  it('reads the outer quarters as before and after, the middle as inside', () => {
    expect(dropZoneAt(100, row)).toBe('before');
    expect(dropZoneAt(109, row)).toBe('before');
    expect(dropZoneAt(110, row)).toBe('inside');
    expect(dropZoneAt(120, row)).toBe('inside');
    expect(dropZoneAt(130, row)).toBe('inside');
    expect(dropZoneAt(131, row)).toBe('after');
    expect(dropZoneAt(139, row)).toBe('after');
  });

  it('drops inside a row that has no size (nothing to measure against)', () => {
    expect(dropZoneAt(5, { top: 0, height: 0 })).toBe('inside');
  });
});

describe('goalDropTarget', () => {
  it('puts the goal under the target when dropped inside', () => {
    const { places: p, leit, h2 } = places();
    expect(goalDropTarget(p, h2, leit, 'inside')).toEqual({ parentId: leit });
  });

  it('puts the goal beside the target, counting the siblings without the goal itself', () => {
    const { places: p, mittler, h1, h2 } = places();
    expect(goalDropTarget(p, h2, h1, 'before')).toEqual({ parentId: mittler, index: 0 });
    expect(goalDropTarget(p, h1, h2, 'after')).toEqual({ parentId: mittler, index: 1 });
    expect(goalDropTarget(p, h1, h2, 'before')).toEqual({ parentId: mittler, index: 0 });
  });

  it('moves a goal to the top level beside a Leitziel', () => {
    const { places: p, leit, h1 } = places();
    expect(goalDropTarget(p, h1, leit, 'before')).toEqual({ parentId: null, index: 0 });
    expect(goalDropTarget(p, h1, leit, 'after')).toEqual({ parentId: null, index: 1 });
  });

  it('refuses a drop on the goal itself or anywhere inside its own sub-goals', () => {
    const { places: p, leit, mittler, h1 } = places();
    for (const zone of ['before', 'inside', 'after'] as const) {
      expect(goalDropTarget(p, leit, leit, zone)).toBeNull();
      expect(goalDropTarget(p, leit, mittler, zone)).toBeNull();
      expect(goalDropTarget(p, leit, h1, zone)).toBeNull();
      expect(goalDropTarget(p, mittler, h1, zone)).toBeNull();
    }
  });

  it('refuses a target that is no longer in the tree', () => {
    const { places: p, h1 } = places();
    expect(goalDropTarget(p, h1, 'gone', 'inside')).toBeNull();
  });
});
