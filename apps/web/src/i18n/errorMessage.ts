import { ConceptError } from '@werkbank/concept';
import { describeError, type Locale, type Translate } from '@werkbank/editor';
import { ApiError } from '../api/ApiError.ts';
import { ExportWorkerError } from '../export/ExportWorkerError.ts';

function detailOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function withDetail(t: Translate, text: string, detail: string): string {
  return detail ? t('web.error.withDetail', { text, detail }) : text;
}

/**
 * A failure as a sentence for the person in front of the screen, in the UI language: the server's own text,
 * a catalogue text for the failures we know, otherwise a general one that keeps the technical detail for
 * support (a browser's or library's English message never stands alone in the German UI).
 * @example t('web.share.failed', { message: errorMessage(e, t, locale) })
 */
export function errorMessage(error: unknown, t: Translate, locale: Locale): string {
  if (error instanceof ApiError) {
    if (error.fromServer) return error.messageIn(locale);
    if (error.status === 0) return t('web.error.offline');
    return t('web.error.http', { status: error.status });
  }
  if (error instanceof ConceptError) return describeError(t, error);
  if (error instanceof ExportWorkerError) return withDetail(t, t('web.error.exportWorker'), error.message);
  if (error instanceof DOMException && error.name === 'QuotaExceededError') return t('web.error.storageFull');
  return t('web.error.unexpected', { detail: detailOf(error) });
}
