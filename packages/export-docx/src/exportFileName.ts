import type { ConceptJSON, VersionJSON } from '@werkbank/concept';

const TRANSLITERATION: Record<string, string> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ß: 'ss',
  ẞ: 'SS',
};
const MAX_PART = 80;

/**
 * A file name that survives every file system, mail program and file share: territory, title, which state of the
 * concept it is, and ISO date, umlauts transliterated (ä → ae, ß → ss), everything else outside A–Z, 0–9 and '-'
 * dropped. The state tells the working draft (`version` null: "Arbeitsstand") from a saved version
 * ("Fassung-…") and the adopted one ("beschlossen-…"), so their downloads never share a name; without `version`
 * the name has no state.
 * @example exportFileName(concept, new Date('2025-03-27'), adopted) // 'Kreis-Musterland_Handlungskonzept-gegen-Rassismus_beschlossen-Fassung-2025_2025-03-27.docx'
 */
export function exportFileName(
  concept: Pick<ConceptJSON, 'meta'>,
  date: Date,
  version?: Pick<VersionJSON, 'name' | 'adopted'> | null,
): string {
  const territory = safePart(concept.meta.territory);
  const title = safePart(concept.meta.title) || 'Handlungskonzept';
  return [territory, title, stateOf(version), isoDate(date)].filter(Boolean).join('_').concat('.docx');
}

function stateOf(version: Pick<VersionJSON, 'name' | 'adopted'> | null | undefined): string {
  if (version === undefined) return '';
  if (version === null) return 'Arbeitsstand';
  const name = safePart(version.name) || 'Fassung';
  const named = /^fassung/i.test(name) ? name : `Fassung-${name}`;
  return version.adopted ? `beschlossen-${named}` : named;
}

function safePart(text: string): string {
  // Gender signs join their word ("Bürger*innen" → "Buergerinnen") rather than split it.
  const ascii = text
    .replace(/[*:·]/g, '')
    .replace(/[äöüÄÖÜßẞ]/g, (c) => TRANSLITERATION[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const words = ascii
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  let result = '';
  for (const word of words) {
    const next = result ? `${result}-${word}` : word;
    if (next.length > MAX_PART) return result || word.slice(0, MAX_PART);
    result = next;
  }
  return result;
}

function isoDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}
