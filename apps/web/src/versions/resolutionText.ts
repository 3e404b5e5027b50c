import type { Translate } from '@werkbank/editor';
import type { Resolution } from '../api/adoptVersion.ts';
import { formatIsoDate } from './formatIsoDate.ts';

/**
 * One line for an adopted version's resolution, the parts left empty left out.
 * @example resolutionText(t, 'de', { body: 'Kreistag', date: '2026-03-12', drucksache: 'DS 17/0815' })
 * // 'Kreistag · 12.03.2026 · Drucksache DS 17/0815'
 */
export function resolutionText(t: Translate, locale: string, resolution: Resolution): string {
  return [
    resolution.body.trim(),
    formatIsoDate(resolution.date, locale),
    resolution.drucksache.trim() && t('web.versions.drucksache', { number: resolution.drucksache.trim() }),
  ]
    .filter(Boolean)
    .join(' · ');
}
