import type { ComparedKind, ConceptComparison } from './ConceptComparison.ts';

const NOUNS: Record<ComparedKind, readonly [singular: string, plural: string]> = {
  chapter: ['Kapitel', 'Kapitel'],
  fieldOfAction: ['Handlungsfeld', 'Handlungsfelder'],
  goal: ['Ziel', 'Ziele'],
  measure: ['Maßnahme', 'Maßnahmen'],
  actor: ['Akteur', 'Akteure'],
};

const ORDER: readonly ComparedKind[] = ['chapter', 'fieldOfAction', 'goal', 'measure', 'actor'];

/**
 * The comparison's summary in German, one line per kind that changed; the noun goes with the first count, in its
 * number. No lines when nothing differs.
 * @example describeComparison(comparison) // ['Leitbild geändert', '3 Maßnahmen neu, 1 entfallen, 12 geändert']
 */
export function describeComparison(comparison: ConceptComparison): string[] {
  const lines = comparison.vision ? ['Leitbild geändert'] : [];
  for (const kind of ORDER) {
    const { added, removed, changed } = comparison.summary[kind];
    const parts = (
      [
        [added, 'neu'],
        [removed, 'entfallen'],
        [changed, 'geändert'],
      ] as const
    ).filter(([count]) => count > 0);
    if (parts.length === 0) continue;
    const [singular, plural] = NOUNS[kind];
    lines.push(
      parts
        .map(([count, word], i) =>
          i === 0 ? `${count} ${count === 1 ? singular : plural} ${word}` : `${count} ${word}`,
        )
        .join(', '),
    );
  }
  return lines;
}
