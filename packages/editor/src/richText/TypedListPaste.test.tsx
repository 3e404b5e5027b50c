import { act, render } from '@testing-library/react';
import type { Editor } from '@tiptap/core';
import { type RichTextDoc, readRichText, visionFragment } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editorIn } from '../test/factories.ts';
import { RichTextEditor } from './RichTextEditor.tsx';

type Node = NonNullable<RichTextDoc['content']>[number];

function mount(): { editor: Editor; fragment: Y.XmlFragment } {
  const doc = new Y.Doc();
  const fragment = visionFragment(doc);
  const { container } = render(
    <RichTextEditor
      fragment={fragment}
      user={{ name: 'Ayşe', color: '#1f6feb' }}
      editable
      label="Leitbild"
    />,
  );
  return { editor: editorIn(container), fragment };
}

function pasteText(text: string): Node[] {
  const { editor, fragment } = mount();
  act(() => {
    editor.view.pasteText(text);
  });
  return (readRichText(fragment).content ?? []).filter(
    (node) => node.type !== 'paragraph' || node.content?.length,
  );
}

function textOf(node: Node | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

function itemTexts(list: Node | undefined): string[] {
  return (list?.content ?? []).map((li) => textOf(li.content?.[0]));
}

describe('TypedListPaste', () => {
  it('pastes lines with typed bullets as a bullet list without the glyphs', () => {
    const blocks = pasteText('· Eins\n· Zwei');
    expect(blocks.map((node) => node.type)).toEqual(['bulletList']);
    expect(itemTexts(blocks[0])).toEqual(['Eins', 'Zwei']);
    expect(JSON.stringify(blocks)).not.toContain('·');
  });

  it('nests Word’s plain-text levels (·, o, §) and keeps the text around the list', () => {
    const blocks = pasteText(
      'Wir setzen auf:\r\n·\tBeratung\r\no\tOpferberatung\r\n§\tHotline\r\n·\tFortbildung\r\nDanke.',
    );
    expect(blocks.map((node) => node.type)).toEqual(['paragraph', 'bulletList', 'paragraph']);
    const list = blocks[1];
    expect(itemTexts(list)).toEqual(['Beratung', 'Fortbildung']);
    const second = list?.content?.[0]?.content?.[1];
    expect(second?.type).toBe('bulletList');
    expect(itemTexts(second)).toEqual(['Opferberatung']);
    expect(itemTexts(second?.content?.[0]?.content?.[1])).toEqual(['Hotline']);
    expect(textOf(blocks[2])).toBe('Danke.');
  });

  it('pastes numbered and lettered lines as ordered lists', () => {
    const blocks = pasteText('1.\tBestandsaufnahme\na)\tBefragung\n2.\tBeteiligung');
    expect(blocks.map((node) => node.type)).toEqual(['orderedList']);
    expect(itemTexts(blocks[0])).toEqual(['Bestandsaufnahme', 'Beteiligung']);
    const letters = blocks[0]?.content?.[0]?.content?.[1];
    expect(letters?.type).toBe('orderedList');
    expect(letters?.attrs?.type).toBe('a');
  });

  it('leaves ordinary lines as paragraphs, dates and dashes included', () => {
    const blocks = pasteText('1. Januar 2024: Start\n- kein Spiegelstrich ohne Tab');
    expect(blocks.map((node) => node.type)).toEqual(['paragraph', 'paragraph']);
    expect(blocks.map(textOf)).toEqual(['1. Januar 2024: Start', '- kein Spiegelstrich ohne Tab']);
  });

  it('adds typed bullets pasted into an empty list item as items of that list, with one bullet each', () => {
    const { editor, fragment } = mount();
    act(() => {
      editor.commands.toggleBulletList();
      editor.commands.insertContent('Vorhanden');
      editor.commands.splitListItem('listItem');
    });
    act(() => {
      editor.view.pasteText('• Neu eins\n• Neu zwei');
    });
    const json = readRichText(fragment);
    expect(json.content?.[0]?.type).toBe('bulletList');
    expect(itemTexts(json.content?.[0])).toEqual(['Vorhanden', 'Neu eins', 'Neu zwei']);
    expect(JSON.stringify(json)).not.toContain('•');
  });
});
