import type { RichTextDoc, RichTextNode } from '../json/richTextSchema.ts';

const BLOCKS_WITH_TEXT = new Set(['paragraph', 'heading', 'codeBlock']);

function inlineText(node: RichTextNode): string {
  if (node.type === 'hardBreak') return ' ';
  if (node.text !== undefined) return node.text;
  return (node.content ?? []).map(inlineText).join('');
}

function walk(node: RichTextNode, lines: string[], prefix: string): void {
  if (BLOCKS_WITH_TEXT.has(node.type)) {
    lines.push(prefix + inlineText(node).replace(/\s+/g, ' ').trim());
    return;
  }
  if (node.type === 'tableRow') {
    lines.push((node.content ?? []).map((cell) => inlineText(cell).trim()).join(' | '));
    return;
  }
  const listPrefix = node.type === 'listItem' ? '• ' : '';
  for (const [index, child] of (node.content ?? []).entries())
    walk(child, lines, index === 0 && listPrefix ? listPrefix : prefix && index === 0 ? prefix : '');
}

/**
 * A rich-text body as plain text, one line per paragraph, heading, list item or table row, for comparing versions
 * word by word. Empty paragraphs are left out.
 */
export function richTextLines(doc: RichTextDoc): string {
  const lines: string[] = [];
  for (const node of doc.content ?? []) walk(node, lines, '');
  return lines.filter((line) => line.trim() !== '').join('\n');
}
