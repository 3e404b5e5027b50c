import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { CellSelection } from '@tiptap/pm/tables';
import { rt, setVision, visionFragment } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoundEditor } from './BoundEditor.tsx';

const user = { name: 'Ayşe', color: '#1f6feb' };

/** The editor over a vision of two paragraphs, its caret in the first (as after a click there). */
function openTwoParagraphs() {
  const doc = new Y.Doc();
  setVision(doc, rt.doc(rt.p('Erster Absatz'), rt.p('Zweiter Absatz')));
  render(<BoundEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />);
  const box = screen.getByRole('textbox', { name: 'Leitbild' });
  const { editor } = box as HTMLElement & { editor: Editor };
  act(() => {
    editor.commands.focus();
    editor.commands.setTextSelection(4);
  });
  return { doc, box, editor };
}

/** Moves the page's caret as the browser does for Ctrl+End, before it tells anyone (no `selectionchange` yet). */
function moveCaretInPageToEnd(box: HTMLElement) {
  const last = box.querySelectorAll('p')[1]?.firstChild;
  if (!last) throw new Error('no second paragraph');
  window.getSelection()?.collapse(last, last.textContent?.length ?? 0);
}

describe('KeysFollowCaret', () => {
  it('lets Enter act where the browser moved the caret, even before its selectionchange event', () => {
    const { doc, box, editor } = openTwoParagraphs();
    moveCaretInPageToEnd(box);
    act(() => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    });
    expect(
      Array.from({ length: editor.state.doc.childCount }, (_, i) => editor.state.doc.child(i).textContent),
    ).toEqual(['Erster Absatz', 'Zweiter Absatz', '']);
    expect(editor.state.selection.from).toBe(editor.state.doc.content.size - 1);
    expect(visionFragment(doc).toString()).toContain('Erster Absatz');
  });

  it('lets Enter after Ctrl+A and Ctrl+End act at the end, not on the whole text', () => {
    const { box, editor } = openTwoParagraphs();
    act(() => {
      editor.commands.selectAll();
    });
    moveCaretInPageToEnd(box);
    act(() => {
      fireEvent.keyDown(box, { key: 'Enter', code: 'Enter', keyCode: 13 });
    });
    expect(
      Array.from({ length: editor.state.doc.childCount }, (_, i) => editor.state.doc.child(i).textContent),
    ).toEqual(['Erster Absatz', 'Zweiter Absatz', '']);
  });

  it('leaves the selection alone when the page shows the caret where the editor has it', () => {
    const { box, editor } = openTwoParagraphs();
    const before = editor.state.selection;
    const transactions: unknown[] = [];
    editor.on('transaction', ({ transaction }) => transactions.push(transaction));
    act(() => {
      fireEvent.keyDown(box, { key: 'Shift', code: 'ShiftLeft', keyCode: 16 });
    });
    expect(transactions).toHaveLength(0);
    expect(editor.state.selection.eq(before)).toBe(true);
  });

  it('keeps a selection of one table cell or of two, which the page shows in its own way', () => {
    const doc = new Y.Doc();
    setVision(doc, rt.doc(rt.table(rt.tr(rt.td('A'), rt.td('B')))));
    render(<BoundEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />);
    const box = screen.getByRole('textbox', { name: 'Leitbild' });
    const { editor } = box as HTMLElement & { editor: Editor };
    const cells: number[] = [];
    editor.state.doc.descendants((node, pos) => {
      if (node.type.name === 'tableCell') cells.push(pos);
    });
    const [first = 0, second = 0] = cells;
    for (const selection of [
      CellSelection.create(editor.state.doc, first),
      CellSelection.create(editor.state.doc, first, second),
    ]) {
      act(() => {
        editor.commands.focus();
        editor.view.dispatch(editor.state.tr.setSelection(selection));
      });
      act(() => {
        fireEvent.keyDown(box, { key: 'Shift', code: 'ShiftLeft', keyCode: 16 });
      });
      expect(editor.state.selection).toBeInstanceOf(CellSelection);
      expect(editor.state.selection.eq(selection)).toBe(true);
    }
  });
});
