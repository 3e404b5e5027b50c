import type { Locale } from '@werkbank/editor';
import { ApiError } from './ApiError.ts';

/** A failure's message for the person in front of the screen, in the UI language when the server gave one. */
export function errorMessage(error: unknown, locale: Locale): string {
  if (error instanceof ApiError) return error.messageIn(locale);
  return error instanceof Error ? error.message : String(error);
}
