import type { RichTextNode } from '@werkbank/concept';
import { blocksToDocx } from './blocksToDocx.ts';
import { Paragraph, type Table } from './body/model.ts';
import { inlineToRuns } from './inlineToRuns.ts';
import { listIndent } from './listIndent.ts';
import { numberingReferences } from './numberingReferences.ts';
import { orderedListDefinition } from './orderedListDefinition.ts';
import type { RichTextOptions } from './RichTextOptions.ts';

/**
 * A bullet or ordered list at nesting `level`: each item's first paragraph carries the number, further
 * paragraphs are indented to its text, nested lists go one level deeper.
 */
export function listToDocx(
  list: RichTextNode,
  options: RichTextOptions,
  level: number,
): (Paragraph | Table)[] {
  const start = Math.max(0, Math.floor(Number(list.attrs?.start ?? 1)) || 1);
  const reference =
    list.type === 'orderedList'
      ? start === 1
        ? numberingReferences.ordered(1)
        : orderedListDefinition(start)
      : numberingReferences.bullets;
  const instance = options.nextListInstance();
  const depth = Math.min(level, 8);
  return (list.content ?? []).flatMap((item) =>
    (item.content ?? []).flatMap((child, index): (Paragraph | Table)[] => {
      if (child.type === 'bulletList' || child.type === 'orderedList')
        return listToDocx(child, options, level + 1);
      if (index === 0 && child.type === 'paragraph') {
        return [
          new Paragraph({
            style: options.style,
            numbering: { reference, level: depth, instance },
            children: inlineToRuns(child.content, options.bold),
          }),
        ];
      }
      if (child.type === 'paragraph') {
        return [
          new Paragraph({
            style: options.style,
            indent: { left: listIndent(depth).left },
            children: inlineToRuns(child.content, options.bold),
          }),
        ];
      }
      return blocksToDocx([child], options);
    }),
  );
}
