import { AlignmentType, LevelFormat, type NumberingDefinition } from 'docx';
import { listIndent } from './listIndent.ts';
import { numberingReferences } from './numberingReferences.ts';

const FORMATS = [
  [LevelFormat.DECIMAL, '.'],
  [LevelFormat.LOWER_LETTER, ')'],
  [LevelFormat.LOWER_ROMAN, '.'],
] as const;

/** A numbered list that starts at `start` (1., a), i.), one level per nesting depth; each list is its own instance. */
export function orderedListDefinition(start: number): NumberingDefinition {
  return {
    reference: numberingReferences.ordered(start),
    levels: Array.from({ length: 9 }, (_, level) => {
      const [format, suffix] = FORMATS[level % FORMATS.length] as (typeof FORMATS)[number];
      return {
        level,
        format,
        text: `%${level + 1}${suffix}`,
        start,
        alignment: AlignmentType.LEFT,
        style: { paragraph: { indent: listIndent(level) } },
      };
    }),
  };
}
