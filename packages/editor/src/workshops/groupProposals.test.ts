import type { ProposalJSON } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import { groupProposals } from './groupProposals.ts';

function proposal(id: string, fieldId: string | null, createdAt: string, mergedInto: string | null = null) {
  return { id, fieldId, createdAt, mergedInto, text: id, votes: {} } as unknown as ProposalJSON;
}

describe('groupProposals', () => {
  it('groups by field in the given order, the unassigned last, newest first in each group', () => {
    const groups = groupProposals(
      [
        proposal('a', 'f2', '2026-12-01T10:00:00Z'),
        proposal('b', null, '2026-12-01T10:01:00Z'),
        proposal('c', 'f2', '2026-12-01T10:02:00Z'),
        proposal('d', 'f1', '2026-12-01T10:03:00Z'),
        proposal('e', 'gone', '2026-12-01T10:04:00Z'),
      ],
      ['f1', 'f2'],
    );
    expect(groups.map((g) => [g.fieldId, g.proposals.map((p) => p.id)])).toEqual([
      ['f1', ['d']],
      ['f2', ['c', 'a']],
      [null, ['e', 'b']],
    ]);
  });

  it('leaves out merged proposals and empty groups', () => {
    const groups = groupProposals(
      [proposal('a', 'f1', '2026-12-01T10:00:00Z'), proposal('b', 'f2', '2026-12-01T10:01:00Z', 'a')],
      ['f1', 'f2'],
    );
    expect(groups.map((g) => g.fieldId)).toEqual(['f1']);
  });
});
