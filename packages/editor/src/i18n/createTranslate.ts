import { editorMessages } from './editorMessages.ts';
import { formatMessage } from './formatMessage.ts';
import type { Locale } from './Locale.ts';
import type { Messages } from './Messages.ts';
import type { Translate } from './Translate.ts';

/** A `t` for `locale`: extra messages win over the editor's, and German fills any gap. */
export function createTranslate(locale: Locale, extra: Messages = {}): Translate {
  const merged: Record<string, string> = {
    ...editorMessages.de,
    ...extra.de,
    ...editorMessages[locale],
    ...extra[locale],
  };
  return (key, params) => formatMessage(merged[key] ?? key, params);
}
