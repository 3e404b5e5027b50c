import type { ComparedKind, FieldChange } from '@werkbank/concept';
import { formatEuro } from '../formatEuro.ts';
import { formatGermanDate } from '../formatGermanDate.ts';
import { germanLabels } from '../germanLabels.ts';
import { actorTypeLabels } from './synopsisLabels.ts';

const ENUMS: Record<string, Record<string, string>> = {
  'measure.status': germanLabels.measureStatus,
  'measure.priority': germanLabels.priority,
  'actor.type': actorTypeLabels,
};

/** A raw value of a non-text field in German words: an enum's label, ja/nein, euros, a date; '' stays ''. */
export function synopsisValue(kind: ComparedKind, change: FieldChange, value: string): string {
  if (value === '') return '';
  switch (change.type) {
    case 'enum':
      return ENUMS[`${kind}.${change.field}`]?.[value] ?? value;
    case 'boolean':
      return value === 'true' ? 'ja' : 'nein';
    case 'number':
      return formatEuro(Number(value));
    case 'date':
      return formatGermanDate(value);
    default:
      return value;
  }
}
