import type { ProposalJSON } from '@werkbank/concept';
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../i18n/Translate.ts';
import { proposalSnippet } from './proposalSnippet.ts';

/**
 * A sentence about proposals that arrived since the last render ("Neuer Beitrag: „…“"), for a polite live
 * region; those present when the inbox opened are not news.
 */
export function useArrivalAnnouncement(t: Translate, proposals: readonly ProposalJSON[]): string {
  const seen = useRef<Set<string> | null>(null);
  const [message, setMessage] = useState('');
  useEffect(() => {
    const previous = seen.current;
    seen.current = new Set(proposals.map((p) => p.id));
    if (!previous) return;
    const arrived = proposals.filter((p) => !previous.has(p.id));
    const first = arrived[0];
    if (!first) return;
    setMessage(
      arrived.length === 1
        ? t('editor.workshop.arrived.one', { text: proposalSnippet(first.text, 80) })
        : t('editor.workshop.arrived.other', { count: arrived.length }),
    );
  }, [proposals, t]);
  return message;
}
