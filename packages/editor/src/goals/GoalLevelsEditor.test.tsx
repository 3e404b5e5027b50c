import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { addGoal, readGoalLevels } from '@werkbank/concept';
import { afterEach, describe, expect, it } from 'vitest';
import { smallConcept } from '../test/factories.ts';
import { GoalTreeEditor } from './GoalTreeEditor.tsx';

afterEach(cleanup);

function openLevels() {
  const summary = screen.getByText(/^Zielebenen:/);
  const details = summary.closest('details') as HTMLDetailsElement;
  details.open = true;
  return details;
}

describe('goal levels in the goal system', () => {
  it('renames a level by keyboard, and the tree names its goals so at once', async () => {
    const user = userEvent.setup();
    const { doc } = smallConcept();
    render(<GoalTreeEditor doc={doc} editable />);
    const levels = openLevels();
    expect(screen.getByText('Zielebenen: Leitziel → Mittlerziel → Handlungsziel')).toBeTruthy();
    const singular = within(levels).getByLabelText('Ebene 2, Einzahl');
    await user.click(singular);
    await user.keyboard('{Control>}a{/Control}Teilziel{Enter}');
    const plural = within(levels).getByLabelText('Ebene 2, Mehrzahl');
    await user.click(plural);
    await user.keyboard('{Control>}a{/Control}Teilziele');
    await user.tab();
    expect(readGoalLevels(doc)[1]).toEqual({ singular: 'Teilziel', plural: 'Teilziele' });
    expect(screen.getByRole('treeitem', { name: /Vereine sind offen Teilziel/ })).toBeTruthy();
    expect(screen.getByText('Zielebenen: Leitziel → Teilziel → Handlungsziel')).toBeTruthy();
  });

  it('adds a fourth level with a suggested plural, after which a Handlungsziel takes subgoals', async () => {
    const user = userEvent.setup();
    const { doc, h1 } = smallConcept();
    render(<GoalTreeEditor doc={doc} editable />);
    const levels = openLevels();
    await user.click(within(levels).getByLabelText('Bezeichnung (Einzahl)'));
    await user.keyboard('Maßnahmenziel');
    expect((within(levels).getByLabelText('Bezeichnung (Mehrzahl)') as HTMLInputElement).value).toBe(
      'Maßnahmenziele',
    );
    await user.keyboard('{Enter}');
    expect(readGoalLevels(doc).map((l) => l.plural)).toEqual([
      'Leitziele',
      'Mittlerziele',
      'Handlungsziele',
      'Maßnahmenziele',
    ]);
    act(() => {
      addGoal(doc, { title: 'Vier Vereine haben Ansprechpersonen', parentId: h1 });
    });
    const deep = screen.getByRole('treeitem', { name: /Vier Vereine haben Ansprechpersonen Maßnahmenziel/ });
    expect(deep.getAttribute('aria-level')).toBe('4');
    expect(deep.className).toContain('wb-goal--level-3');
    // A level with goals on it cannot be removed; the reason is said next to the button.
    const remove = within(levels).getByRole('button', { name: /Unterste Ebene „Maßnahmenziel“ entfernen/ });
    expect((remove as HTMLButtonElement).disabled).toBe(true);
    expect(within(levels).getByText(/keine Ziele mehr stehen/)).toBeTruthy();
  });

  it('removes an unused deepest level, and refuses an empty name with a message', async () => {
    const user = userEvent.setup();
    const { doc } = smallConcept();
    render(<GoalTreeEditor doc={doc} editable />);
    const levels = openLevels();
    await user.click(within(levels).getByLabelText('Bezeichnung (Einzahl)'));
    await user.keyboard('Schritt{Enter}');
    expect(readGoalLevels(doc)).toHaveLength(4);
    await user.click(within(levels).getByRole('button', { name: 'Unterste Ebene „Schritt“ entfernen' }));
    expect(readGoalLevels(doc)).toHaveLength(3);
    await user.click(within(levels).getByLabelText('Ebene 1, Einzahl'));
    await user.keyboard('{Control>}a{/Control}{Backspace}');
    await user.tab();
    expect(
      within(levels)
        .getAllByRole('alert')
        .some((a) => a.textContent !== ''),
    ).toBe(true);
    expect(readGoalLevels(doc)[0]?.singular).toBe('Leitziel');
  });

  it('explains, naming the deepest level, why a goal on it takes no subgoal (Insert key)', () => {
    const { doc } = smallConcept();
    render(<GoalTreeEditor doc={doc} editable />);
    const deepest = screen.getByRole('treeitem', { name: /Betroffene kennen Beratung/ });
    fireEvent.focus(deepest);
    fireEvent.keyDown(deepest, { key: 'Insert' });
    expect(screen.getByRole('alert').textContent).toMatch(/^„Handlungsziel“ ist die unterste Zielebene/);
    expect(screen.getAllByRole('treeitem')).toHaveLength(4);
  });

  it('shows the names without fields to whoever may only read', () => {
    const { doc } = smallConcept();
    render(<GoalTreeEditor doc={doc} editable={false} />);
    const levels = openLevels();
    expect(within(levels).queryByRole('textbox')).toBeNull();
    expect(within(levels).getByText('Handlungsziel / Handlungsziele')).toBeTruthy();
  });
});
