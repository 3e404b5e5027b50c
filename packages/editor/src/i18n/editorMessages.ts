import { editorMessagesDe } from './editorMessagesDe.ts';
import { editorMessagesEn } from './editorMessagesEn.ts';
import type { Locale } from './Locale.ts';

/** Every string the editor package shows, German and English. */
export const editorMessages: Record<Locale, Record<string, string>> & {
  de: typeof editorMessagesDe;
  en: typeof editorMessagesEn;
} = { de: editorMessagesDe, en: editorMessagesEn };
