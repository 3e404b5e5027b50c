import type { EntityChange } from '@werkbank/concept';
import type { Translate } from '@werkbank/editor';

/** Where an entity moved, as a sentence: another goal above, another field of action, or another place. */
export function describeMove(t: Translate, change: EntityChange): string | null {
  const { move } = change;
  if (!move) return null;
  if (move.kind === 'order') return t('web.compare.move.order', { from: move.from, to: move.to });
  const { from, to } = move;
  const kind = change.kind === 'measure' ? 'measure' : 'goal';
  const key = kind === 'measure' ? ['measureFromNone', 'measureToNone'] : ['goalFromTop', 'goalToTop'];
  if (!from) return t(`web.compare.move.${key[0]}`, { to });
  if (!to) return t(`web.compare.move.${key[1]}`, { from });
  return t(`web.compare.move.${kind}`, { from, to });
}
