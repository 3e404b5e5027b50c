import type { ComparedKind, ConceptComparison } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';

const KINDS: readonly ComparedKind[] = ['chapter', 'fieldOfAction', 'goal', 'measure', 'actor'];
const WORDS = ['added', 'removed', 'changed'] as const;

/**
 * The summary before the details, one line per kind, the noun with the first count in its number:
 * "3 Maßnahmen neu, 1 entfallen, 12 geändert".
 */
export function ComparisonSummary({ comparison }: { comparison: ConceptComparison }) {
  const t = useT();
  const lines = comparison.vision ? [t('web.compare.visionChanged')] : [];
  for (const kind of KINDS) {
    const counts = comparison.summary[kind];
    const parts = WORDS.filter((word) => counts[word] > 0).map((word, i) => {
      const count = counts[word];
      const counted = i === 0 ? countMessage(t, `web.compare.count.${kind}`, count) : String(count);
      return `${counted} ${t(`web.compare.change.${word}`)}`;
    });
    if (parts.length > 0) lines.push(parts.join(', '));
  }
  return (
    <section aria-labelledby="compare-summary-title" className="compare-summary card">
      <h2 id="compare-summary-title">{t('web.compare.summary')}</h2>
      {lines.length === 0 ? (
        <p>{t('web.compare.identical')}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
