import type { Locale, Translate } from '@werkbank/editor';
import { ApiError } from '../api/ApiError.ts';
import { errorMessage } from '../i18n/errorMessage.ts';

/** Why saving or adopting a version failed; without a connection, that it needs one. */
export function versionError(t: Translate, locale: Locale, error: unknown): string {
  if (error instanceof ApiError && error.status === 0) return t('web.versions.offline');
  return t('web.versions.failed', { message: errorMessage(error, t, locale) });
}
