import type { Translate } from '@werkbank/editor';

/**
 * What became of a proposal, in a sentence for participants.
 * @example outcomeText(t, { outcome: 'promoted', measureCode: 'M-07' }) // 'Übernommen als Maßnahme M-07'
 */
export function outcomeText(
  t: Translate,
  proposal: { outcome: string | null; measureCode: string | null },
): string {
  const { outcome, measureCode } = proposal;
  if (outcome === 'promoted' || outcome === 'incorporated') {
    return measureCode
      ? t(`web.participate.outcome.${outcome}`, { code: measureCode })
      : t(`web.participate.outcome.${outcome}NoCode`);
  }
  if (outcome === 'deferred' || outcome === 'rejected') return t(`web.participate.outcome.${outcome}`);
  return t('web.participate.outcome.open');
}
