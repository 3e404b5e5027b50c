import type { RichTextNode } from '@werkbank/concept';
import { ExternalHyperlink, type ParagraphChild, TextRun } from './body/model.ts';

const SAFE_LINK = /^(https?:|mailto:)/i;

/** Text nodes with their marks (bold, italic, underline, strike, link) and hard breaks as docx runs. */
export function inlineToRuns(nodes: readonly RichTextNode[] = [], bold = false): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  for (const node of nodes) {
    if (node.type === 'hardBreak') {
      runs.push(new TextRun({ break: 1 }));
      continue;
    }
    if (node.type !== 'text') {
      runs.push(...inlineToRuns(node.content, bold));
      continue;
    }
    const marks = new Set((node.marks ?? []).map((m) => m.type));
    const href = node.marks?.find((m) => m.type === 'link')?.attrs?.href;
    const run = {
      text: node.text ?? '',
      bold: bold || marks.has('bold') || undefined,
      italics: marks.has('italic') || undefined,
      underline: marks.has('underline') ? {} : undefined,
      strike: marks.has('strike') || undefined,
    };
    // Links with other schemes (javascript:, file:) are kept as plain text, never as live links in the council document.
    if (typeof href === 'string' && SAFE_LINK.test(href)) {
      runs.push(
        new ExternalHyperlink({ link: href, children: [new TextRun({ ...run, style: 'Hyperlink' })] }),
      );
    } else {
      runs.push(new TextRun(run));
    }
  }
  return runs;
}
