import type { Translate } from '../i18n/Translate.ts';
import { proposalSnippet } from './proposalSnippet.ts';

/**
 * The accessible name of a proposal's action: the visible word first (WCAG 2.5.3), then which proposal.
 * @example actionLabel(t, 'Freigeben', 'Mehr Beratung') // 'Freigeben: „Mehr Beratung“'
 */
export function actionLabel(t: Translate, action: string, text: string): string {
  return t('editor.workshop.actionLabel', { action, text: proposalSnippet(text) });
}
