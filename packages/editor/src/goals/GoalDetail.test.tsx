import { act, fireEvent, render, screen } from '@testing-library/react';
import { readGoals, updateGoal } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import { smallConcept, syncedDocs } from '../test/factories.ts';
import { GoalDetail } from './GoalDetail.tsx';

const user = { name: 'Mira', color: '#bf3989' };

describe('GoalDetail', () => {
  it('edits SMART, fields, target date and focus, lists serving measures and follows remote edits', () => {
    const [a, b] = syncedDocs();
    const { h1, sport, m1 } = smallConcept(a);
    const onOpenMeasure = vi.fn();
    render(<GoalDetail doc={a} goalId={h1} editable user={user} onOpenMeasure={onOpenMeasure} />);
    expect(screen.getByRole('heading', { name: /Handlungsziel 1\.1\.1 Trainer/ })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Messbar – mit einem Indikator überprüfbar'));
    fireEvent.click(screen.getByLabelText('Sport'));
    fireEvent.click(screen.getByLabelText('Schwerpunktziel einer Förderperiode'));
    const goal = readGoals(b).find((g) => g.id === h1);
    expect(goal?.smart.measurable).toBe(true);
    expect(goal?.smart.specific).toBe(false);
    expect(goal?.fieldIds).toEqual([sport]);
    expect(goal?.isFocus).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'M-01 Fortbildung für Vereine' }));
    expect(onOpenMeasure).toHaveBeenCalledWith(m1);
    act(() => updateGoal(b, h1, { title: 'Durchführung von Schulungen' }));
    expect((screen.getByLabelText('Titel') as HTMLInputElement).value).toBe('Durchführung von Schulungen');
    expect(screen.getByText(/klingt nach einer Tätigkeit/)).toBeTruthy();
  });
});
