import { describe, expect, it } from 'vitest';
import { flattenGoalTree, goalTree } from './goalTree.ts';

const goal = (id: string, parentId: string | null = null) => ({ id, parentId, title: id.toUpperCase() });

describe('goalTree', () => {
  it('numbers goals 1, 1.1, 1.1.1 in sibling order and assigns levels by depth', () => {
    const tree = goalTree([goal('a'), goal('b'), goal('a1', 'a'), goal('a2', 'a'), goal('a11', 'a1')]);
    expect(flattenGoalTree(tree).map((n) => [n.number, n.goal.id, n.level, n.depth])).toEqual([
      ['1', 'a', 'leitziel', 0],
      ['1.1', 'a1', 'mittlerziel', 1],
      ['1.1.1', 'a11', 'handlungsziel', 2],
      ['1.2', 'a2', 'mittlerziel', 1],
      ['2', 'b', 'leitziel', 0],
    ]);
    expect(tree[0]?.children.map((n) => n.goal.id)).toEqual(['a1', 'a2']);
  });

  it('shows goals deeper than three levels as Handlungsziele', () => {
    const nodes = flattenGoalTree(goalTree([goal('a'), goal('b', 'a'), goal('c', 'b'), goal('d', 'c')]));
    expect(nodes.map((n) => n.level)).toEqual(['leitziel', 'mittlerziel', 'handlungsziel', 'handlungsziel']);
  });

  it('shows goals with a missing parent as roots and never loses a goal in a cycle', () => {
    const nodes = flattenGoalTree(goalTree([goal('x', 'gone'), goal('b', 'a'), goal('a', 'b')]));
    expect(nodes.map((n) => [n.number, n.goal.id])).toEqual([
      ['1', 'x'],
      ['2', 'a'],
      ['2.1', 'b'],
    ]);
  });

  it('is empty for no goals', () => {
    expect(goalTree([])).toEqual([]);
  });
});
