import type { Messages } from '@werkbank/editor';
import { webMessagesDe } from './webMessagesDe.ts';
import { webMessagesEn } from './webMessagesEn.ts';

/** The web app's catalogue, merged over the editor's by `I18nProvider`. */
export const webMessages: Messages = { de: webMessagesDe, en: webMessagesEn };
