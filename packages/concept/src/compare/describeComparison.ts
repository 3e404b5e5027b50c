import type { ComparedKind, ConceptComparison, FieldChange } from './ConceptComparison.ts';

const NOUNS: Record<ComparedKind, readonly [singular: string, plural: string]> = {
  chapter: ['Kapitel', 'Kapitel'],
  fieldOfAction: ['Handlungsfeld', 'Handlungsfelder'],
  goal: ['Ziel', 'Ziele'],
  measure: ['Maßnahme', 'Maßnahmen'],
  actor: ['Akteur', 'Akteure'],
};

const ORDER: readonly ComparedKind[] = ['chapter', 'fieldOfAction', 'goal', 'measure', 'actor'];

/** German names of the concept's details, as the summary and the Synopse name them. */
export const META_FIELD_NAMES: Record<string, string> = {
  title: 'Titel',
  territory: 'Gebiet',
  territoryType: 'Art des Gebiets',
  programme: 'Programm',
  fundingPeriod: 'Förderzeitraum',
  phase: 'Phase',
  titlePageText: 'Text des Titelblatts',
  goalLevels: 'Namen der Zielebenen',
};

/** True when a rich-text field kept its words and only its formatting changed. */
export function onlyFormatting(change: FieldChange): boolean {
  return Boolean(change.formatting?.length) && change.before === change.after;
}

/**
 * The comparison's summary in German, one line per kind that changed; the noun goes with the first count, in its
 * number, and how many of the changed ones moved or had their formatting changed follows. No lines when nothing
 * differs.
 * @example describeComparison(comparison)
 * // ['Angaben zum Konzept geändert: Titel, Phase', 'Leitbild geändert', '3 Maßnahmen neu, 1 entfallen, 12 geändert (davon 2 verschoben)']
 */
export function describeComparison(comparison: ConceptComparison): string[] {
  const lines: string[] = [];
  if (comparison.meta.length > 0)
    lines.push(
      `Angaben zum Konzept geändert: ${comparison.meta.map((f) => META_FIELD_NAMES[f.field] ?? f.field).join(', ')}`,
    );
  if (comparison.vision)
    lines.push(onlyFormatting(comparison.vision) ? 'Leitbild: Formatierung geändert' : 'Leitbild geändert');
  for (const kind of ORDER) {
    const { added, removed, changed, moved, formatted } = comparison.summary[kind];
    const parts = (
      [
        [added, 'neu'],
        [removed, 'entfallen'],
        [changed, 'geändert'],
      ] as const
    ).filter(([count]) => count > 0);
    if (parts.length === 0) continue;
    const [singular, plural] = NOUNS[kind];
    const of = [
      ...(moved > 0 ? [`${moved} verschoben`] : []),
      ...(formatted > 0 ? [`${formatted} mit geänderter Formatierung`] : []),
    ];
    lines.push(
      parts
        .map(([count, word], i) =>
          i === 0 ? `${count} ${count === 1 ? singular : plural} ${word}` : `${count} ${word}`,
        )
        .join(', ') + (of.length ? ` (davon ${of.join(', ')})` : ''),
    );
  }
  return lines;
}
