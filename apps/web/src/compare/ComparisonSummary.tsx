import type { ComparedKind, ConceptComparison } from '@werkbank/concept';
import { countMessage, useT } from '@werkbank/editor';

const KINDS: readonly ComparedKind[] = ['chapter', 'fieldOfAction', 'goal', 'measure', 'actor'];
const WORDS = ['added', 'removed', 'changed'] as const;

/**
 * The summary before the details: the concept's details that changed, the Leitbild, then one line per kind, the
 * noun with the first count in its number: "3 Maßnahmen neu, 1 entfallen, 12 geändert (davon 2 verschoben)".
 */
export function ComparisonSummary({ comparison }: { comparison: ConceptComparison }) {
  const t = useT();
  const lines: string[] = [];
  if (comparison.meta.length > 0) {
    const fields = comparison.meta.map((f) => t(`web.compare.meta.${f.field}`)).join(', ');
    lines.push(t('web.compare.metaChanged', { fields }));
  }
  if (comparison.vision)
    lines.push(
      t(
        comparison.vision.formatting?.length && comparison.vision.before === comparison.vision.after
          ? 'web.compare.visionFormatting'
          : 'web.compare.visionChanged',
      ),
    );
  for (const kind of KINDS) {
    const counts = comparison.summary[kind];
    const parts = WORDS.filter((word) => counts[word] > 0).map((word, i) => {
      const count = counts[word];
      const counted = i === 0 ? countMessage(t, `web.compare.count.${kind}`, count) : String(count);
      return `${counted} ${t(`web.compare.change.${word}`)}`;
    });
    const of = [
      ...(counts.moved > 0 ? [t('web.compare.ofMoved', { count: counts.moved })] : []),
      ...(counts.formatted > 0 ? [t('web.compare.ofFormatted', { count: counts.formatted })] : []),
    ];
    if (parts.length > 0)
      lines.push(parts.join(', ') + (of.length ? ` ${t('web.compare.of', { parts: of.join(', ') })}` : ''));
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
