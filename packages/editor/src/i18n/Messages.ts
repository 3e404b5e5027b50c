import type { Locale } from './Locale.ts';

/**
 * Extra message catalogues, one per locale, merged over the editor's own (e.g. the web app's strings).
 * A key missing in the active locale falls back to German, then to the key itself.
 * @example { de: { 'web.start.title': 'Startseite' }, en: { 'web.start.title': 'Start page' } }
 */
export type Messages = Partial<Record<Locale, Record<string, string>>>;
