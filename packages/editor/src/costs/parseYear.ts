import { COST_YEAR_RANGE, ConceptError } from '@werkbank/concept';
import type { Translate } from '../i18n/Translate.ts';

/** A year as typed (`2026`), or null for an empty field; anything outside COST_YEAR_RANGE is refused. */
export function parseYear(text: string, t: Translate): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const year = Number(trimmed);
  const [first, last] = COST_YEAR_RANGE;
  if (!/^\d{4}$/.test(trimmed) || year < first || year > last)
    throw new ConceptError('invalid-input', t('costs.yearInvalid', { first, last }));
  return year;
}
