import type { FieldChange } from '@werkbank/concept';
import { germanLabels } from '../germanLabels.ts';

const ENUMS: Record<string, Record<string, string>> = {
  territoryType: germanLabels.territoryType,
};

/** A changed detail of the concept with its values in German words (a phase by its template's title). */
export function metaInWords(
  field: FieldChange,
  phaseTitle: (key: string) => string = (key) => key,
): FieldChange {
  if (field.type !== 'enum') return field;
  const words = (value: string) =>
    value === '' ? '' : field.field === 'phase' ? phaseTitle(value) : (ENUMS[field.field]?.[value] ?? value);
  return { ...field, type: 'text', before: words(field.before), after: words(field.after), diff: [] };
}
