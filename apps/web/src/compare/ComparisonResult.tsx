import type { EntityChange, VersionJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { useState } from 'react';
import { errorMessage } from '../i18n/errorMessage.ts';
import { useConceptTemplate } from '../workspace/useConceptTemplate.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ComparisonSummary } from './ComparisonSummary.tsx';
import { DiffText } from './DiffText.tsx';
import { EntityChangeItem } from './EntityChangeItem.tsx';
import { FieldChangeView } from './FieldChangeView.tsx';
import { FormattingNote } from './FormattingNote.tsx';
import { SynopsisButton } from './SynopsisButton.tsx';
import { DRAFT, useComparison } from './useComparison.ts';

interface ComparisonResultProps {
  from: string;
  to: string;
  versions: readonly VersionJSON[];
}

/** The comparison of two states: which they are, the summary, then every change by kind. */
export function ComparisonResult({ from, to, versions }: ComparisonResultProps) {
  const t = useT();
  const locale = useLocale();
  const workspace = useWorkspace();
  const [round, setRound] = useState(0);
  const { state, draftChanged } = useComparison(workspace, from, to, round);
  const { template } = useConceptTemplate();
  const phaseTitle = (key: string) => template?.phases.find((p) => p.key === key)?.title ?? key;
  const name = (state: string) =>
    state === DRAFT ? t('web.compare.draft') : (versions.find((v) => v.id === state)?.name ?? state);

  if (from !== DRAFT && !versions.some((v) => v.id === from))
    return <p className="error">{t('web.compare.unknownVersion')}</p>;
  if (to !== DRAFT && !versions.some((v) => v.id === to))
    return <p className="error">{t('web.compare.unknownVersion')}</p>;
  if (state.status === 'loading')
    return (
      <p role="status" className="muted">
        {t('web.compare.loading')}
      </p>
    );
  if (state.status === 'error')
    return (
      <p role="alert" className="error">
        {t('web.compare.failed', { message: errorMessage(state.error, t, locale) })}
      </p>
    );

  const { comparison, after } = state;
  const sections: [string, readonly EntityChange[]][] = [
    ['chapter', comparison.chapters],
    ['fieldOfAction', comparison.fieldsOfAction],
    ['goal', comparison.goals],
    ['measure', comparison.measures],
    ['actor', comparison.actors],
  ];
  return (
    <div className="compare-result stack">
      <p className="compare-sides">{t('web.compare.sides', { from: name(from), to: name(to) })}</p>
      {draftChanged && (
        <div className="compare-stale" role="status">
          <p>{t('web.compare.draftChanged')}</p>
          <button type="button" onClick={() => setRound((n) => n + 1)}>
            {t('web.compare.refresh')}
          </button>
        </div>
      )}
      <ComparisonSummary comparison={comparison} />
      {!comparison.identical && (
        <SynopsisButton
          comparison={comparison}
          after={after}
          fromName={name(from)}
          toName={name(to)}
          phaseTitle={phaseTitle}
        />
      )}
      {comparison.meta.length > 0 && (
        <section aria-labelledby="compare-meta" className="compare-section">
          <h2 id="compare-meta">{t('web.compare.section.meta')}</h2>
          <dl className="compare-entity card compare-fields">
            {comparison.meta.map((field) => (
              <FieldChangeView key={field.field} kind="concept" change={field} phaseTitle={phaseTitle} />
            ))}
          </dl>
        </section>
      )}
      {comparison.vision && (
        <section aria-labelledby="compare-vision" className="compare-section">
          <h2 id="compare-vision">{t('web.compare.section.vision')}</h2>
          <div className="compare-entity card">
            {comparison.vision.before !== comparison.vision.after && (
              <DiffText parts={comparison.vision.diff} />
            )}
            <FormattingNote change={comparison.vision} />
          </div>
        </section>
      )}
      {sections
        .filter(([, changes]) => changes.length > 0)
        .map(([kind, changes]) => (
          <section key={kind} aria-labelledby={`compare-${kind}`} className="compare-section">
            <h2 id={`compare-${kind}`}>{t(`web.compare.section.${kind}`)}</h2>
            <ul className="compare-list">
              {changes.map((change) => (
                <EntityChangeItem key={change.id} change={change} />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
