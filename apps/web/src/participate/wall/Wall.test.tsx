import { act, cleanup, screen } from '@testing-library/react';
import type { PublicProposal } from '@werkbank/concept';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderGerman, testProjection, testProposal } from '../testProjection.tsx';
import { useArrivals } from './useArrivals.ts';
import { WallColumns } from './WallColumns.tsx';
import { WallRanking } from './WallRanking.tsx';

function LiveColumns({ proposals }: { proposals: PublicProposal[] }) {
  const projection = testProjection(proposals, { phase: 'vote' });
  const { fresh, announcement } = useArrivals(proposals, (arrived) =>
    arrived.length === 1 ? `Neu: ${arrived[0]?.text}` : `${arrived.length} neu`,
  );
  return (
    <>
      <WallColumns projection={projection} fresh={fresh} />
      <p data-testid="live">{announcement}</p>
    </>
  );
}

describe('the wall', () => {
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows cards in one column per field with their dots, text as text, and highlights and announces new ones', () => {
    vi.useFakeTimers();
    const first = [
      testProposal('p1', '<img src=x onerror=alert(1)>', { fieldId: 'f2', dots: 4 }),
      testProposal('p2', 'Vereinsfest', { fieldId: 'f1', dots: 1 }),
    ];
    const { container, rerender } = renderGerman(<LiveColumns proposals={first} />);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Sport',
      'Schule',
    ]);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('4 Punkte')).toBeTruthy();
    expect(container.querySelectorAll('.wall-card-fresh')).toHaveLength(0);

    rerender(<LiveColumns proposals={[...first, testProposal('p3', 'Neu da')]} />);
    expect(container.querySelector('.wall-card-fresh')?.textContent).toContain('Neu da');
    expect(screen.getByTestId('live').textContent).toBe('Neu: Neu da');

    rerender(
      <LiveColumns
        proposals={[...first, testProposal('p3', 'Neu da'), testProposal('p4', 'x'), testProposal('p5', 'y')]}
      />,
    );
    expect(screen.getByTestId('live').textContent).toBe('Neu: Neu da');
    act(() => {
      vi.advanceTimersByTime(8_000);
    });
    expect(screen.getByTestId('live').textContent).toBe('2 neu');
    expect(container.querySelectorAll('.wall-card-fresh')).toHaveLength(0);
  });

  it('ranks by dots after the vote, top first, with rank numbers', () => {
    renderGerman(
      <WallRanking
        projection={testProjection(
          [
            testProposal('p1', 'Wenig', { dots: 1 }),
            testProposal('p2', 'Viel', { dots: 9 }),
            testProposal('p3', 'Auch wenig', { dots: 1 }),
          ],
          { phase: 'closed' },
        )}
      />,
    );
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.querySelector('.wall-card-text')?.textContent)).toEqual([
      'Viel',
      'Wenig',
      'Auch wenig',
    ]);
    expect(rows.map((r) => r.querySelector('.visually-hidden')?.textContent)).toEqual([
      'Platz 1',
      'Platz 2',
      'Platz 2',
    ]);
  });
});
