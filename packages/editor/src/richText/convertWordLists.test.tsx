import { act, render } from '@testing-library/react';
import { type RichTextDoc, readRichText, visionFragment } from '@werkbank/concept';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { editorIn } from '../test/factories.ts';
import {
  adjacentListsClipboard,
  outlookListClipboard,
  typedBulletsClipboard,
  wordListClipboard,
} from '../test/fixtures/wordListClipboard.ts';
import { RichTextEditor } from './RichTextEditor.tsx';

type Node = NonNullable<RichTextDoc['content']>[number];

function pasteInto(html: string): RichTextDoc {
  const doc = new Y.Doc();
  const { container } = render(
    <RichTextEditor
      fragment={visionFragment(doc)}
      user={{ name: 'Ayşe', color: '#1f6feb' }}
      editable
      label="Leitbild"
    />,
  );
  act(() => {
    editorIn(container).view.pasteHTML(html);
  });
  const json = readRichText(visionFragment(doc));
  // The empty paragraph the editor started with stays behind the pasted list.
  const last = json.content?.at(-1);
  if (last?.type === 'paragraph' && !last.content?.length) json.content?.pop();
  return json;
}

function textOf(node: Node | undefined): string {
  if (!node) return '';
  if (node.type === 'text') return node.text ?? '';
  return (node.content ?? []).map(textOf).join('');
}

/** The items of a list as [own text, nested list] pairs. */
function items(list: Node | undefined): [string, Node | undefined][] {
  return (list?.content ?? []).map((li) => [textOf(li.content?.[0]), li.content?.[1]]);
}

describe('pasting Word lists', () => {
  it('makes a bullet list with nested levels and no typed glyphs', () => {
    const json = pasteInto(wordListClipboard);
    expect((json.content ?? []).map((node) => node.type)).toEqual(['paragraph', 'bulletList', 'orderedList']);
    const bullets = json.content?.[1];
    expect(items(bullets).map(([text]) => text)).toEqual([
      'Beratung für Betroffene',
      'Fortbildungen',
      'Vernetzung der Träger',
    ]);
    const second = items(bullets)[0]![1];
    expect(second?.type).toBe('bulletList');
    expect(items(second).map(([text]) => text)).toEqual(['Opferberatung']);
    const third = items(second)[0]![1];
    expect(third?.type).toBe('bulletList');
    expect(items(third).map(([text]) => text)).toEqual(['Hotline rund um die Uhr']);
    expect(JSON.stringify(bullets)).toContain('"bold"');
    expect(JSON.stringify(json)).not.toMatch(/[·§\uf0b7\uf0a7\u00a0]|"o\s|mso/);
  });

  it('makes a numbered list with a lettered sublevel and no typed numbers', () => {
    const numbered = pasteInto(wordListClipboard).content?.[2];
    expect(items(numbered).map(([text]) => text)).toEqual(['Bestandsaufnahme', 'Beteiligung']);
    const letters = items(numbered)[0]![1];
    expect(letters?.type).toBe('orderedList');
    expect(letters?.attrs?.type).toBe('a');
    expect(items(letters).map(([text]) => text)).toEqual(['Befragung der Vereine']);
    expect(JSON.stringify(numbered)).not.toMatch(/1\.|2\.|a\)/);
  });

  it('takes the typed bullet out of list paragraphs that carry it as text (Outlook, Word Online)', () => {
    const json = pasteInto(outlookListClipboard);
    expect(json.content?.map((node) => node.type)).toEqual(['bulletList']);
    expect(items(json.content?.[0]).map(([text]) => text)).toEqual(['Eins', 'Zwei']);
  });

  it('turns paragraphs with hand-typed bullets into a list and leaves dashes inside sentences alone', () => {
    const json = pasteInto(typedBulletsClipboard);
    expect(json.content?.map((node) => node.type)).toEqual(['bulletList', 'paragraph']);
    expect(items(json.content?.[0]).map(([text]) => text)).toEqual(['Sport', 'Kultur']);
    expect(textOf(json.content?.[1])).toBe('Fließtext – mit Gedankenstrich');
  });

  it('keeps a numbered list that follows a bullet list directly numbered', () => {
    const json = pasteInto(adjacentListsClipboard);
    expect(json.content?.map((node) => node.type)).toEqual(['bulletList', 'orderedList']);
    expect(items(json.content?.[0]).map(([text]) => text)).toEqual(['Sport', 'Kultur']);
    expect(items(json.content?.[1]).map(([text]) => text)).toEqual(['Erstens', 'Zweitens']);
  });

  it('drops a typed bullet from items that already are list items', () => {
    const json = pasteInto('<ul><li><p>·\tEins</p></li><li>•&nbsp;Zwei</li></ul>');
    expect(items(json.content?.[0]).map(([text]) => text)).toEqual(['Eins', 'Zwei']);
  });
});
