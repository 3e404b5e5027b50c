import { act, fireEvent, render, screen } from '@testing-library/react';
import { addGoal, type GoalJSON, goalTree, type Light, readGoals, updateGoal } from '@werkbank/concept';
import { describe, expect, it, vi } from 'vitest';
import type * as Y from 'yjs';
import { smallConcept, syncedDocs } from '../test/factories.ts';
import { textOutsideName } from '../test/textOutsideName.ts';
import { GoalTreeEditor } from './GoalTreeEditor.tsx';

function outline(doc: Y.Doc): string[] {
  const lines: string[] = [];
  const walk = (nodes: ReturnType<typeof goalTree<Light<GoalJSON>>>) => {
    for (const node of nodes) {
      lines.push(`${'  '.repeat(node.depth)}${node.goal.title}`);
      walk(node.children);
    }
  };
  walk(goalTree(readGoals(doc)));
  return lines;
}

function item(name: RegExp): HTMLElement {
  return screen.getByRole('treeitem', { name });
}

function press(name: RegExp, key: string, init: { altKey?: boolean } = {}) {
  const element = item(name);
  fireEvent.focus(element);
  fireEvent.keyDown(element, { key, ...init });
}

function row(name: RegExp): HTMLElement {
  return item(name).querySelector('.wb-goal__row') as HTMLElement;
}

/** Gives a row the size jsdom does not lay out: 40 px high from `top`. */
function placeRow(element: HTMLElement, top: number) {
  const rect = { x: 0, y: top, top, left: 0, width: 300, height: 40, right: 300, bottom: top + 40 };
  element.getBoundingClientRect = () => ({ ...rect, toJSON: () => rect }) as DOMRect;
}

function setup(onOpenGoal = vi.fn()) {
  const [a, b] = syncedDocs();
  const ids = smallConcept(a);
  render(<GoalTreeEditor doc={a} editable onOpenGoal={onOpenGoal} />);
  return { a, b, onOpenGoal, ...ids };
}

describe('GoalTreeEditor', () => {
  it('shows the goal tree with levels as an ARIA tree', () => {
    setup();
    expect(screen.getByRole('tree', { name: 'Zielsystem' })).toBeTruthy();
    const leit = item(/Vielfalt wird gelebt/);
    expect(leit.getAttribute('aria-level')).toBe('1');
    expect(leit.getAttribute('aria-expanded')).toBe('true');
    expect(item(/Trainer/).getAttribute('aria-level')).toBe('3');
    expect(item(/Trainer/).textContent).toContain('Handlungsziel');
    expect(item(/Trainer/).textContent).toContain('1 Maßnahme');
    // The name holds what the row shows, so "click Handlungsziel …" works by voice (WCAG 2.5.3).
    expect(item(/Trainer.*Handlungsziel · 1 Maßnahme$/)).toBeTruthy();
    expect(item(/Vielfalt wird gelebt.*Leitziel$/)).toBeTruthy();
  });

  it('shows on its action buttons only icons and words that are part of their names', () => {
    setup();
    press(/Vereine sind offen/, 'ArrowDown');
    const actions = screen.getByRole('toolbar', { name: 'Aktionen für das ausgewählte Ziel' });
    expect(actions.querySelectorAll('button:not([disabled])').length).toBeGreaterThan(4);
    expect(textOutsideName(actions)).toEqual([]);
  });

  it('adds a goal and renames it inline, and renames with F2', () => {
    const { a } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Leitziel hinzufügen' }));
    const input = screen.getByLabelText('Titel des Ziels');
    fireEvent.change(input, { target: { value: 'Antisemitismus wird erkannt' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(outline(a).at(-1)).toBe('Antisemitismus wird erkannt');
    press(/Betroffene kennen/, 'F2');
    const rename = screen.getByLabelText('Titel des Ziels');
    fireEvent.change(rename, { target: { value: 'Betroffene nutzen Beratung' } });
    fireEvent.keyDown(rename, { key: 'Enter' });
    expect(outline(a)).toContain('    Betroffene nutzen Beratung');
  });

  it('moves, indents and outdents by keyboard and explains a refused move', () => {
    const { a } = setup();
    press(/Trainer/, 'ArrowDown', { altKey: true });
    expect(outline(a).slice(2)).toEqual([
      '    Betroffene kennen Beratung',
      '    Trainer*innen erkennen Diskriminierung',
    ]);
    expect(document.activeElement).toBe(item(/Trainer/));
    press(/Trainer/, 'ArrowUp', { altKey: true });
    expect(outline(a)[2]).toBe('    Trainer*innen erkennen Diskriminierung');
    press(/Betroffene/, 'ArrowRight', { altKey: true });
    expect(screen.getByRole('alert').textContent).toMatch(/„Handlungsziel“ ist die unterste Zielebene/);
    press(/Betroffene/, 'ArrowLeft', { altKey: true });
    expect(outline(a)).toEqual([
      'Vielfalt wird gelebt',
      '  Vereine sind offen',
      '    Trainer*innen erkennen Diskriminierung',
      '  Betroffene kennen Beratung',
    ]);
    press(/Betroffene/, 'ArrowRight', { altKey: true });
    expect(outline(a)[3]).toBe('    Betroffene kennen Beratung');
  });

  it('navigates with arrows and opens with Enter', () => {
    const { onOpenGoal, mittler, h1 } = setup();
    press(/Vereine sind offen/, 'ArrowDown');
    expect(document.activeElement).toBe(item(/Trainer/));
    fireEvent.keyDown(item(/Trainer/), { key: 'Enter' });
    expect(onOpenGoal).toHaveBeenCalledWith(h1);
    press(/Vereine sind offen/, 'ArrowLeft');
    expect(item(/Vereine/).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('treeitem', { name: /Trainer/ })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Details zu „Vereine sind offen“ öffnen' }));
    expect(onOpenGoal).toHaveBeenCalledWith(mittler);
  });

  it('deletes a goal moving its sub-goals up one level', () => {
    const { a } = setup();
    press(/Vereine sind offen/, 'Delete');
    expect(screen.getByRole('alertdialog').textContent).toContain('2 Unterziel(e)');
    fireEvent.click(screen.getByRole('button', { name: 'Unterziele eine Ebene hochstufen' }));
    expect(outline(a)).toEqual([
      'Vielfalt wird gelebt',
      '  Trainer*innen erkennen Diskriminierung',
      '  Betroffene kennen Beratung',
    ]);
  });

  it('deletes a goal with its sub-goals', () => {
    const { a } = setup();
    fireEvent.click(item(/Vielfalt/).querySelector('.wb-goal__row') as HTMLElement);
    fireEvent.click(screen.getByRole('button', { name: '„Vielfalt wird gelebt“ löschen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Unterziele mitlöschen' }));
    expect(outline(a)).toEqual([]);
    expect(screen.getByText('Noch keine Ziele. Beginnen Sie mit der obersten Ebene: Leitziel.')).toBeTruthy();
  });

  it('re-parents by drag and drop', () => {
    const { a } = setup();
    const dragged = item(/Betroffene/).querySelector('.wb-goal__row') as HTMLElement;
    const target = item(/Vielfalt/).querySelector('.wb-goal__row') as HTMLElement;
    fireEvent.dragStart(dragged);
    fireEvent.dragOver(target);
    fireEvent.drop(target);
    expect(outline(a)).toEqual([
      'Vielfalt wird gelebt',
      '  Vereine sind offen',
      '    Trainer*innen erkennen Diskriminierung',
      '  Betroffene kennen Beratung',
    ]);
  });

  it('drops before or after a goal by where the pointer is on its row', () => {
    const { a } = setup();
    placeRow(row(/Trainer/), 100);
    fireEvent.dragStart(row(/Betroffene/));
    fireEvent.dragOver(row(/Trainer/), { clientY: 104 });
    expect(row(/Trainer/).dataset.drop).toBe('before');
    fireEvent.drop(row(/Trainer/), { clientY: 104 });
    expect(outline(a).slice(2)).toEqual([
      '    Betroffene kennen Beratung',
      '    Trainer*innen erkennen Diskriminierung',
    ]);
    expect(row(/Trainer/).dataset.drop).toBeUndefined();

    placeRow(row(/Vielfalt/), 0);
    fireEvent.dragStart(row(/Trainer/));
    fireEvent.dragOver(row(/Vielfalt/), { clientY: 36 });
    expect(row(/Vielfalt/).dataset.drop).toBe('after');
    fireEvent.drop(row(/Vielfalt/), { clientY: 36 });
    expect(outline(a)).toEqual([
      'Vielfalt wird gelebt',
      '  Vereine sind offen',
      '    Betroffene kennen Beratung',
      'Trainer*innen erkennen Diskriminierung',
    ]);
    expect(item(/Trainer/).getAttribute('aria-level')).toBe('1');
  });

  it('refuses to drop a goal into its own sub-goals', () => {
    const { a } = setup();
    const before = outline(a);
    placeRow(row(/Trainer/), 100);
    fireEvent.dragStart(row(/Vielfalt/));
    const accepted = !fireEvent.dragOver(row(/Trainer/), { clientY: 120 });
    expect(accepted).toBe(false);
    expect(row(/Trainer/).dataset.drop).toBeUndefined();
    fireEvent.drop(row(/Trainer/), { clientY: 120 });
    expect(outline(a)).toEqual(before);
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.dragOver(row(/Vielfalt/), { clientY: 0 });
    expect(row(/Vielfalt/).dataset.drop).toBeUndefined();
  });

  it('shows goals another user adds or renames', () => {
    const { b, leit, h2 } = setup();
    act(() => {
      addGoal(b, { title: 'Betroffene werden gehört', parentId: leit });
      updateGoal(b, h2, { title: 'Beratung ist bekannt' });
    });
    expect(item(/Betroffene werden gehört/).getAttribute('aria-level')).toBe('2');
    expect(item(/Beratung ist bekannt/)).toBeTruthy();
  });
});

describe('GoalTreeEditor read-only', () => {
  it('offers navigation only, and no help for editing keys', () => {
    const { doc, h1 } = smallConcept();
    const onOpenGoal = vi.fn();
    render(<GoalTreeEditor doc={doc} editable={false} onOpenGoal={onOpenGoal} />);
    expect(
      screen.queryByRole('button', { name: /hinzufügen|löschen|verschieben|einrücken|umbenennen/i }),
    ).toBeNull();
    expect(screen.queryByText(/umbenennen|Entf: löschen/)).toBeNull();
    press(/Trainer/, 'ArrowDown', { altKey: true });
    press(/Trainer/, 'Delete');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(outline(doc)[2]).toBe('    Trainer*innen erkennen Diskriminierung');
    fireEvent.keyDown(item(/Trainer/), { key: 'Enter' });
    expect(onOpenGoal).toHaveBeenCalledWith(h1);
  });
});
