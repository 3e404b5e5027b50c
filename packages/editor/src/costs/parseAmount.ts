import { ConceptError, MAX_COST_AMOUNT } from '@werkbank/concept';
import type { Locale } from '../i18n/Locale.ts';
import type { Translate } from '../i18n/Translate.ts';

const GERMAN_THOUSANDS = /^\d{1,3}(\.\d{3})+$/;
const ENGLISH_THOUSANDS = /^\d{1,3}(,\d{3})+$/;

/**
 * An amount in euros as people type it (`1.250,50`, `1250,5`, `1250 €`; in English `1,250.50`), as a number;
 * empty is 0. Anything else, a negative amount or one with more than two decimals is refused with a sentence
 * that says what to type.
 * @example parseAmount('1.250,50', 'de', t) // 1250.5
 */
export function parseAmount(text: string, locale: Locale, t: Translate): number {
  const compact = text.replace(/[\s\u00a0€]|EUR/g, '');
  if (compact === '') return 0;
  let plain: string;
  if (locale === 'de') {
    plain = GERMAN_THOUSANDS.test(compact) ? compact.replaceAll('.', '') : compact;
    if (plain.includes(',')) plain = plain.replaceAll('.', '').replace(',', '.');
  } else {
    plain = ENGLISH_THOUSANDS.test(compact) ? compact.replaceAll(',', '') : compact.replaceAll(',', '');
  }
  const refuse = (key: string) => new ConceptError('invalid-input', t(key));
  if (!/^-?\d*(\.\d*)?$/.test(plain) || plain === '.' || plain === '-') throw refuse('costs.amountInvalid');
  const amount = Number(plain);
  if (amount < 0) throw refuse('costs.amountNegative');
  if (amount > MAX_COST_AMOUNT) throw refuse('costs.amountTooLarge');
  if (Math.round(amount * 100) / 100 !== amount) throw refuse('costs.amountCents');
  return amount;
}
