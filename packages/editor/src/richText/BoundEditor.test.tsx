import { act, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { addChapter, findEntity, keys, rt, setVision, visionFragment } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { paragraph } from '../test/factories.ts';
import { BoundEditor } from './BoundEditor.tsx';

const user = { name: 'Ayşe', color: '#1f6feb' };

describe('BoundEditor', () => {
  it('follows `editable` with contenteditable and aria-readonly', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Text'));
    const props = { fragment: visionFragment(doc), user, label: 'Leitbild' };
    const { rerender } = render(<BoundEditor {...props} editable={false} />);
    const box = () => screen.getByRole('textbox', { name: 'Leitbild' });
    expect(box().getAttribute('aria-readonly')).toBe('true');
    rerender(<BoundEditor {...props} editable />);
    expect(box().getAttribute('contenteditable')).toBe('true');
    expect(box().getAttribute('aria-readonly')).toBe('false');
    rerender(<BoundEditor {...props} editable={false} />);
    expect(box().getAttribute('aria-readonly')).toBe('true');
  });

  // useEditor destroys the editor of the previous render before this component's own effects run: here because
  // the fragment changed, likewise when a commit comes later than the 1 ms Tiptap waits before destroying an
  // editor nobody mounted. An effect reading `editor.view.dom` then threw "The editor view is not available".
  it('survives its editor being replaced in the render that changes `editable`', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Leitbild'));
    const id = addChapter(doc, { title: 'Ausgangslage', body: paragraph('Kapitel') });
    const body = findEntity(doc, keys.CHAPTERS, id)?.get('body') as Y.XmlFragment;
    const { rerender } = render(
      <BoundEditor fragment={visionFragment(doc)} user={user} editable={false} label="Text" />,
    );
    rerender(<BoundEditor fragment={body} user={user} editable label="Text" />);
    const box = screen.getByRole('textbox', { name: 'Text' });
    expect(box.textContent).toBe('Kapitel');
    expect(box.getAttribute('contenteditable')).toBe('true');
    expect(box.getAttribute('aria-readonly')).toBe('false');
  });

  it('takes the caret when it arrives after a click into its preview, and not otherwise', async () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Text'));
    const props = { fragment: visionFragment(doc), user, label: 'Leitbild', editable: true };
    const { unmount } = render(<BoundEditor {...props} />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(document.activeElement).not.toBe(screen.getByRole('textbox', { name: 'Leitbild' }));
    unmount();
    render(<BoundEditor {...props} focusOnMount />);
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Leitbild' }));
  });

  it('writes nothing into a body ending in a list just by opening it', async () => {
    const doc = new Y.Doc();
    setVision(doc, rt.doc(rt.p('Wir wollen:'), rt.ul('Vielfalt', 'Teilhabe')));
    const before = visionFragment(doc).toString();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    render(<BoundEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />);
    const box = screen.getByRole('textbox', { name: 'Leitbild' });
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
    });
    expect(box.textContent).toContain('Teilhabe');
    expect(updates).toHaveLength(0);
    expect(visionFragment(doc).toString()).toBe(before);
  });

  it('refuses a paste too large to be saved with a message, and keeps what was there and what comes after', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Vorher.'));
    render(<BoundEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />);
    const box = screen.getByRole('textbox', { name: 'Leitbild' });
    const { view } = (box as HTMLElement & { editor: Editor }).editor;
    const paste = new Event('paste') as ClipboardEvent;
    act(() => {
      view.pasteText('x'.repeat(600_000), paste);
    });
    expect(screen.getByRole('alert').textContent).toContain('600.000 Zeichen zu lang');
    expect(visionFragment(doc).toString()).not.toContain('xxx');
    act(() => {
      view.pasteText(' Nachher.', paste);
    });
    expect(box.textContent).toContain('Vorher.');
    expect(box.textContent).toContain('Nachher.');
    expect(visionFragment(doc).toString()).toContain('Nachher.');
  });
});
