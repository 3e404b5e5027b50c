import type { RichTextNode } from '@werkbank/concept';
import { BorderStyle } from 'docx';
import { HeadingLevel, Paragraph, type Table } from './body/model.ts';
import { inlineToRuns } from './inlineToRuns.ts';
import { listToDocx } from './listToDocx.ts';
import type { RichTextOptions } from './RichTextOptions.ts';
import { richTableToDocx } from './richTableToDocx.ts';

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
];

/** Block nodes of the concept schema as docx paragraphs and tables; unknown nodes keep their text. */
export function blocksToDocx(
  nodes: readonly RichTextNode[] = [],
  options: RichTextOptions,
): (Paragraph | Table)[] {
  return nodes.flatMap((node): (Paragraph | Table)[] => {
    switch (node.type) {
      case 'paragraph':
        return [new Paragraph({ style: options.style, children: inlineToRuns(node.content, options.bold) })];
      case 'heading':
        return [headingToDocx(node, options)];
      case 'bulletList':
      case 'orderedList':
        return listToDocx(node, options, 0);
      case 'blockquote':
        return blocksToDocx(node.content, { ...options, style: 'Quote' });
      case 'table':
        return [richTableToDocx(node, options)];
      case 'horizontalRule':
        return [
          new Paragraph({
            border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '808080', space: 1 } },
            children: [],
          }),
        ];
      default:
        return node.content?.some((child) => child.type === 'text')
          ? [new Paragraph({ style: options.style, children: inlineToRuns(node.content, options.bold) })]
          : blocksToDocx(node.content, options);
    }
  });
}

function headingToDocx(node: RichTextNode, options: RichTextOptions): Paragraph {
  const level = Math.min(4, Math.max(1, Number(node.attrs?.level) || 1));
  const target = options.headingBase === null ? HEADINGS.length + 1 : options.headingBase + level;
  if (target > HEADINGS.length) {
    return new Paragraph({
      style: options.style,
      keepNext: true,
      children: inlineToRuns(node.content, true),
    });
  }
  return new Paragraph({ heading: HEADINGS[target - 1], children: inlineToRuns(node.content) });
}
