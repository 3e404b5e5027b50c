import type { ComparedKind, FieldChange } from '@werkbank/concept';
import type { Translate } from '@werkbank/editor';
import { formatIsoDate } from '../versions/formatIsoDate.ts';

const ENUM_KEYS: Record<string, string> = {
  'measure.status': 'measure.status',
  'measure.priority': 'measure.priority',
  'actor.type': 'actor.type',
  'concept.territoryType': 'web.territoryType',
};

/** What a field belongs to: an entity of a kind, or the concept itself (its details). */
export type FieldOwner = ComparedKind | 'concept';

/** A value of a non-text field in words: an enum's label (a phase by its template's title), yes/no, euros, a date; '(leer)' for nothing. */
export function formatFieldValue(
  t: Translate,
  locale: string,
  kind: FieldOwner,
  change: FieldChange,
  value: string,
  phaseTitle: (key: string) => string = (key) => key,
): string {
  if (value === '') return t('web.compare.empty');
  switch (change.type) {
    case 'enum': {
      if (kind === 'concept' && change.field === 'phase') return phaseTitle(value);
      const prefix = ENUM_KEYS[`${kind}.${change.field}`];
      return prefix ? t(`${prefix}.${value}`) : value;
    }
    case 'boolean':
      return value === 'true' ? t('web.compare.yes') : t('web.compare.no');
    case 'number':
      return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(Number(value));
    case 'date':
      return formatIsoDate(value, locale);
    default:
      return value;
  }
}
