import { act, fireEvent, render, screen } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import {
  addChapter,
  deleteChapter,
  findEntity,
  keys,
  readRichText,
  richTextToPlain,
  setVision,
  visionFragment,
} from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { EditorsDeferred } from '../common/EditorsDeferred.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { editorIn, paragraph, syncedDocs, userAwareness } from '../test/factories.ts';
import { wordClipboard } from '../test/fixtures/wordClipboard.ts';
import { textOutsideName } from '../test/textOutsideName.ts';
import { RichTextEditor } from './RichTextEditor.tsx';

const user = { name: 'Ayşe', color: '#1f6feb' };

function plain(fragment: Y.XmlFragment): string {
  return richTextToPlain(readRichText(fragment));
}

/**
 * Presses a shortcut on the editor's own element: ProseMirror's keydown listener runs its keymaps as in a
 * browser (jsdom cannot type text from key presses, but shortcuts need only the keydown). True if handled.
 */
function pressShortcut(editor: Editor, key: string, init: { shiftKey?: boolean } = {}): boolean {
  const keyCode = key.toUpperCase().charCodeAt(0);
  return !fireEvent.keyDown(editor.view.dom, { key, keyCode, ctrlKey: true, ...init });
}

describe('RichTextEditor', () => {
  it('shows the text read-only while editors are held back, and becomes the editor once they are not', () => {
    const [a] = syncedDocs();
    setVision(a, paragraph('Offen und vielfältig'));
    const shown = (deferred: boolean) => (
      <EditorsDeferred.Provider value={deferred}>
        <RichTextEditor fragment={visionFragment(a)} user={user} editable label="Leitbild" />
      </EditorsDeferred.Provider>
    );
    const { container, rerender } = render(shown(true));
    expect(container.textContent).toContain('Offen und vielfältig');
    expect(container.querySelector('[contenteditable="true"]')).toBeNull();
    rerender(shown(false));
    expect(screen.getByRole('textbox', { name: 'Leitbild' }).textContent).toBe('Offen und vielfältig');
    expect(container.querySelector('[contenteditable="true"]')).not.toBeNull();
  });

  it('shows the fragment, writes edits to it and shows remote edits live', () => {
    const [a, b] = syncedDocs();
    setVision(a, paragraph('Offen und vielfältig'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(a)} user={user} editable label="Leitbild" />,
    );
    expect(screen.getByRole('textbox', { name: 'Leitbild' }).textContent).toBe('Offen und vielfältig');
    act(() => {
      editorIn(container).commands.insertContentAt(1, 'Wir sind ');
    });
    expect(plain(visionFragment(b))).toBe('Wir sind Offen und vielfältig');
    act(() => {
      const text = visionFragment(b).get(0) as Y.XmlElement;
      (text.get(0) as Y.XmlText).insert(0, '» ');
    });
    expect(screen.getByRole('textbox', { name: 'Leitbild' }).textContent).toBe(
      '» Wir sind Offen und vielfältig',
    );
  });

  it('links a URL typed here, and leaves one another person typed as they wrote it', () => {
    const [a, b] = syncedDocs();
    setVision(a, paragraph('Mehr dazu:'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(a)} user={user} editable label="Leitbild" />,
    );
    const editor = editorIn(container);
    // What this editor writes into its own document (anything but what came from b).
    let written = 0;
    a.on('afterTransaction', (transaction: Y.Transaction) => {
      if (transaction.local && transaction.changed.size > 0) written++;
    });
    act(() => {
      const text = visionFragment(b).get(0) as Y.XmlElement;
      (text.get(0) as Y.XmlText).insert(10, ' https://www.example.org ');
    });
    expect(editor.getText()).toContain('https://www.example.org');
    expect(JSON.stringify(editor.getJSON())).not.toContain('"type":"link"');
    expect(written).toBe(0);
    act(() => {
      editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' https://www.nrweltoffen.de ');
    });
    expect(JSON.stringify(readRichText(visionFragment(b)))).toContain('"href":"https://www.nrweltoffen.de"');
  });

  it('undoes only the local user’s own edits', () => {
    const [a, b] = syncedDocs();
    setVision(a, paragraph('Basis'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(a)} user={user} editable label="Leitbild" />,
    );
    const editor = editorIn(container);
    act(() => {
      editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' lokal');
    });
    act(() => {
      ((visionFragment(b).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'fern ');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Rückgängig' }));
    expect(plain(visionFragment(a))).toBe('fern Basis');
    fireEvent.click(screen.getByRole('button', { name: 'Wiederholen' }));
    expect(plain(visionFragment(a))).toBe('fern Basis lokal');
  });

  it('formats with toolbar buttons that report their state', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('fett'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />,
    );
    const editor = editorIn(container);
    act(() => {
      editor.commands.selectAll();
    });
    const bold = screen.getByRole('button', { name: 'Fett' });
    expect(bold.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(bold);
    expect(bold.getAttribute('aria-pressed')).toBe('true');
    expect(JSON.stringify(readRichText(visionFragment(doc)))).toContain('"bold"');
    fireEvent.click(screen.getByRole('button', { name: 'Aufzählung' }));
    expect(readRichText(visionFragment(doc)).content?.[0]?.type).toBe('bulletList');
  });

  it('shows in its toolbar buttons only icons and words that are part of their names', () => {
    const doc = new Y.Doc();
    const { container, rerender } = render(
      <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />,
    );
    const toolbar = screen.getByRole('toolbar');
    expect(textOutsideName(toolbar)).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Tabelle einfügen' }));
    expect(screen.getByRole('button', { name: 'Spalte rechts einfügen' }).textContent).toBe('Spalte');
    expect(textOutsideName(toolbar)).toEqual([]);
    rerender(
      <I18nProvider locale="en">
        <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Vision" />
      </I18nProvider>,
    );
    act(() => {
      editorIn(container).commands.setTextSelection(3);
    });
    expect(screen.getByRole('button', { name: 'Insert column to the right' })).toBeTruthy();
    expect(textOutsideName(screen.getByRole('toolbar'))).toEqual([]);
  });

  it('pastes Word HTML as clean headings, nested lists, tables and links', () => {
    const doc = new Y.Doc();
    const { container } = render(
      <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />,
    );
    act(() => {
      editorIn(container).view.pasteHTML(wordClipboard);
    });
    const json = readRichText(visionFragment(doc));
    const types = (json.content ?? []).map((node) => node.type);
    expect(types).toEqual(['heading', 'paragraph', 'bulletList', 'orderedList', 'table', 'paragraph']);
    const nested = json.content?.[2]?.content?.[0]?.content?.[1];
    expect(nested?.type).toBe('bulletList');
    const text = JSON.stringify(json);
    expect(text).toContain('"href":"https://www.nrweltoffen.de/"');
    expect(text).toContain('"italic"');
    expect(text).not.toMatch(/mso|MsoNormal|·/);
  });

  it('is read-only without a toolbar when not editable', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Nur lesen'));
    render(<RichTextEditor fragment={visionFragment(doc)} user={user} editable={false} label="Leitbild" />);
    const box = screen.getByRole('textbox', { name: 'Leitbild' });
    expect(box.getAttribute('contenteditable')).toBe('false');
    expect(box.getAttribute('aria-readonly')).toBe('true');
    expect(screen.queryByRole('toolbar')).toBeNull();
  });

  it('unmounts when another user deletes the entity that owns the fragment', () => {
    const [a, b] = syncedDocs();
    const id = addChapter(a, { title: 'Ausgangslage', body: paragraph('Text') });
    const fragment = findEntity(a, keys.CHAPTERS, id)?.get('body') as Y.XmlFragment;
    render(<RichTextEditor fragment={fragment} user={user} editable label="Kapiteltext" />);
    expect(screen.getByRole('textbox', { name: 'Kapiteltext' })).toBeTruthy();
    act(() => deleteChapter(b, id));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/gelöscht/);
  });

  it('mounts carets only while focused, all in one reconfiguration', () => {
    const doc = new Y.Doc();
    const awareness = userAwareness(doc, 'Ayşe');
    awareness.setLocalStateField('user', { name: 'Ayşe', color: '#1f6feb', id: 'u-1' });
    const { container } = render(
      <RichTextEditor
        fragment={visionFragment(doc)}
        awareness={awareness}
        user={user}
        editable
        label="Leitbild"
      />,
    );
    const editor = editorIn(container);
    const hasCarets = () =>
      editor.state.plugins.some(
        (plugin) => plugin.spec.key && (plugin as unknown as { key: string }).key.startsWith('yjs-cursor'),
      );
    expect(hasCarets()).toBe(false);
    // Each reconfiguration builds every plugin's view again, and the Yjs binding renders the whole text anew.
    let reconfigurations = 0;
    const updateState = editor.view.updateState.bind(editor.view);
    editor.view.updateState = (state) => {
      if (state.plugins !== editor.view.state.plugins) reconfigurations++;
      updateState(state);
    };
    fireEvent.focus(editor.view.dom);
    expect(hasCarets()).toBe(true);
    expect(reconfigurations).toBe(1);
    expect(awareness.getLocalState()?.user).toEqual({ name: 'Ayşe', color: '#1f6feb', id: 'u-1' });
    fireEvent.blur(editor.view.dom);
    expect(hasCarets()).toBe(false);
  });
});

describe('RichTextEditor keyboard shortcuts', () => {
  it('makes the selection bold with Ctrl+B and plain again with a second Ctrl+B', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('fett'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />,
    );
    const editor = editorIn(container);
    act(() => {
      editor.commands.selectAll();
    });
    act(() => {
      expect(pressShortcut(editor, 'b')).toBe(true);
    });
    expect(JSON.stringify(readRichText(visionFragment(doc)))).toContain('"bold"');
    expect(screen.getByRole('button', { name: 'Fett' }).getAttribute('aria-pressed')).toBe('true');
    act(() => {
      pressShortcut(editor, 'b');
    });
    expect(JSON.stringify(readRichText(visionFragment(doc)))).not.toContain('"bold"');
  });

  it('undoes one’s own edit with Ctrl+Z, not another person’s, and redoes it with Ctrl+Shift+Z', () => {
    const [a, b] = syncedDocs();
    setVision(a, paragraph('Basis'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(a)} user={user} editable label="Leitbild" />,
    );
    const editor = editorIn(container);
    act(() => {
      editor.commands.insertContentAt(editor.state.doc.content.size - 1, ' lokal');
    });
    act(() => {
      ((visionFragment(b).get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'fern ');
    });
    act(() => {
      expect(pressShortcut(editor, 'z')).toBe(true);
    });
    expect(plain(visionFragment(a))).toBe('fern Basis');
    expect(plain(visionFragment(b))).toBe('fern Basis');
    act(() => {
      pressShortcut(editor, 'z');
    });
    expect(plain(visionFragment(a))).toBe('fern Basis');
    act(() => {
      pressShortcut(editor, 'Z', { shiftKey: true });
    });
    expect(plain(visionFragment(b))).toBe('fern Basis lokal');
  });

  it('opens the link form with Ctrl+K and links the selection', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('NRWeltoffen'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(doc)} user={user} editable label="Leitbild" />,
    );
    const editor = editorIn(container);
    act(() => {
      editor.commands.selectAll();
    });
    expect(screen.queryByLabelText('Linkadresse')).toBeNull();
    expect(pressShortcut(editor, 'k')).toBe(true);
    const input = screen.getByLabelText('Linkadresse');
    expect(document.activeElement).toBe(input);
    fireEvent.change(input, { target: { value: 'https://www.nrweltoffen.de/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Link setzen' }));
    expect(screen.queryByLabelText('Linkadresse')).toBeNull();
    expect(JSON.stringify(readRichText(visionFragment(doc)))).toContain(
      '"href":"https://www.nrweltoffen.de/"',
    );
  });

  it('opens no link form in a read-only editor', () => {
    const doc = new Y.Doc();
    setVision(doc, paragraph('Nur lesen'));
    const { container } = render(
      <RichTextEditor fragment={visionFragment(doc)} user={user} editable={false} label="Leitbild" />,
    );
    pressShortcut(editorIn(container), 'k');
    expect(screen.queryByLabelText('Linkadresse')).toBeNull();
  });
});
