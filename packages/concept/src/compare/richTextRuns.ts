import type { RichTextDoc, RichTextNode } from '../json/richTextSchema.ts';
import type { RunFormat } from './RunFormat.ts';

const BLOCKS_WITH_TEXT = new Set(['paragraph', 'heading', 'codeBlock']);

/** Characters with the format of each (null for what the reading adds: bullets, separators, collapsed spaces). */
interface Runs {
  text: string;
  formats: (RunFormat | null)[];
}

function blockName(node: RichTextNode): string {
  return node.type === 'heading' ? `heading${node.attrs?.level ?? 1}` : node.type;
}

function markNames(node: RichTextNode): string[] {
  return (node.marks ?? [])
    .map((mark) => (mark.type === 'link' ? `link:${String(mark.attrs?.href ?? '')}` : mark.type))
    .sort();
}

function inline(node: RichTextNode, block: string, out: Runs): void {
  if (node.type === 'hardBreak') {
    out.text += ' ';
    out.formats.push(null);
    return;
  }
  if (node.text !== undefined) {
    const marks = markNames(node);
    const format: RunFormat = { block, marks, key: `${block}|${marks.join(',')}` };
    out.text += node.text;
    for (let i = 0; i < node.text.length; i++) out.formats.push(format);
    return;
  }
  const inner = node.type === 'doc' ? block : `${block}>${blockName(node)}`;
  for (const child of node.content ?? []) inline(child, inner, out);
}

// Spaces collapsed to one and trimmed, as `replace(/\s+/g, ' ').trim()` would, keeping each kept character's format.
function collapse(runs: Runs, whole: boolean): Runs {
  // Most lines have single plain spaces and nothing to trim: nothing to do, character by character.
  if (!/^\s|\s$|[^\S ]/.test(runs.text) && !(whole && /\s\s/.test(runs.text))) return runs;
  const out: Runs = { text: '', formats: [] };
  let space = false;
  for (let i = 0; i < runs.text.length; i++) {
    const char = runs.text[i] as string;
    if (/\s/.test(char)) {
      if (whole) space = out.text.length > 0;
      else {
        out.text += char;
        out.formats.push(null);
      }
      continue;
    }
    if (space) {
      out.text += ' ';
      out.formats.push(null);
      space = false;
    }
    out.text += char;
    out.formats.push(runs.formats[i] ?? null);
  }
  return whole ? out : trim(out);
}

function trim(runs: Runs): Runs {
  const start = runs.text.length - runs.text.trimStart().length;
  const end = runs.text.trimEnd().length;
  return { text: runs.text.slice(start, end), formats: runs.formats.slice(start, end) };
}

function append(to: Runs, from: Runs): void {
  to.text += from.text;
  for (const format of from.formats) to.formats.push(format);
}

function literal(text: string): Runs {
  return { text, formats: Array.from(text, () => null) };
}

function walk(node: RichTextNode, lines: Runs[], prefix: string, path: string): void {
  const here = path ? `${path}>${blockName(node)}` : blockName(node);
  if (BLOCKS_WITH_TEXT.has(node.type)) {
    const raw: Runs = { text: '', formats: [] };
    for (const child of node.content ?? []) inline(child, here, raw);
    const line = literal(prefix);
    append(line, collapse(raw, true));
    lines.push(line);
    return;
  }
  if (node.type === 'tableRow') {
    const line: Runs = { text: '', formats: [] };
    for (const [index, cell] of (node.content ?? []).entries()) {
      if (index > 0) append(line, literal(' | '));
      const raw: Runs = { text: '', formats: [] };
      for (const child of cell.content ?? []) inline(child, `${here}>${blockName(cell)}`, raw);
      append(line, collapse(raw, false));
    }
    lines.push(line);
    return;
  }
  const listPrefix = node.type === 'listItem' ? '• ' : '';
  for (const [index, child] of (node.content ?? []).entries())
    walk(child, lines, index === 0 && listPrefix ? listPrefix : prefix && index === 0 ? prefix : '', here);
}

/**
 * A rich-text body as plain text, one line per paragraph, heading, list item or table row (`richTextLines`), with
 * the format of every character, so that a change of formatting alone can be told from a change of words.
 */
export function richTextRuns(doc: RichTextDoc): Runs {
  const lines: Runs[] = [];
  for (const node of doc.content ?? []) walk(node, lines, '', '');
  const out: Runs = { text: '', formats: [] };
  for (const line of lines.filter((l) => l.text.trim() !== '')) {
    if (out.text) append(out, literal('\n'));
    append(out, line);
  }
  return out;
}
