import { AlignmentType, type INumberingOptions, LevelFormat } from 'docx';
import { listIndent } from './listIndent.ts';
import { numberingReferences } from './numberingReferences.ts';
import { orderedListDefinition } from './orderedListDefinition.ts';
import { outlineIndent } from './outlineIndent.ts';

const BULLET_SYMBOLS = ['•', '–', '▪'];

/**
 * The lists of the document: the outline that numbers Heading 1–3 ("2", "2.1", "2.1.3") through their styles,
 * bullets, and numbered lists from 1 (lists with another start bring their own definition).
 */
export function documentNumbering(): INumberingOptions {
  return {
    config: [
      {
        reference: numberingReferences.outline,
        levels: [0, 1, 2].map((level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: Array.from({ length: level + 1 }, (_, i) => `%${i + 1}`).join('.'),
          alignment: AlignmentType.LEFT,
          style: {
            style: `Heading${level + 1}`,
            paragraph: { indent: outlineIndent(level) },
          },
        })),
      },
      {
        reference: numberingReferences.bullets,
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: LevelFormat.BULLET,
          text: BULLET_SYMBOLS[level % BULLET_SYMBOLS.length] as string,
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: listIndent(level) } },
        })),
      },
      orderedListDefinition(1),
    ],
  };
}
