import { ConceptError } from '@werkbank/concept';
import type { Translate } from '../i18n/Translate.ts';

const KNOWN = new Set([
  'cycle',
  'too-deep',
  'too-many-levels',
  'level-in-use',
  'last-level',
  'duplicate-code',
  'not-found',
  'invalid-reference',
]);

/** A refused change as a sentence for users, in the UI language where the code is known. */
export function describeError(t: Translate, error: unknown): string {
  if (error instanceof ConceptError) {
    if (KNOWN.has(error.code)) return t(`error.${error.code}`, error.details);
    if (error.code === 'invalid-input') return t('error.invalid-input', { detail: error.message });
  }
  return t('error.unknown', { detail: error instanceof Error ? error.message : String(error) });
}
