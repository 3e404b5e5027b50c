import type { ConceptTemplate, Finding } from '@werkbank/concept';
import { useId, useMemo } from 'react';
import type * as Y from 'yjs';
import { useFindings } from '../hooks/useFindings.ts';
import { useGoals } from '../hooks/useGoals.ts';
import { useMeasures } from '../hooks/useMeasures.ts';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';
import { describeFinding } from './describeFinding.ts';

/** Props of `FindingsList`. */
export interface FindingsListProps {
  doc: Y.Doc;
  /** Opens the goal or measure a finding is about. */
  onOpen: (entity: Finding['entity'], id: string) => void;
  template?: Pick<ConceptTemplate, 'requiredMeasureFields'>;
}

/**
 * What the product can check by itself (Handlungsziele without measure, measures without lead, period or
 * indicator, goals phrased as activities …), each a link to the goal or measure concerned.
 * @example <FindingsList doc={doc} onOpen={(kind, id) => navigate(`/${kind}s/${id}`)} />
 */
export function FindingsList({ doc, onOpen, template }: FindingsListProps) {
  const t = useT();
  const id = useId();
  const findings = useFindings(doc, { template });
  const goals = useGoals(doc);
  const measures = useMeasures(doc);
  const byId = useMemo(
    () => ({
      goals: new Map(goals.map((g) => [g.id, g])),
      measures: new Map(measures.map((m) => [m.id, m])),
    }),
    [goals, measures],
  );
  return (
    <section className="wb-findings" aria-labelledby={id}>
      <h2 id={id}>
        {t('findings.heading')}{' '}
        <span className="wb-count">({countMessage(t, 'findings.count', findings.length)})</span>
      </h2>
      {findings.length === 0 ? (
        <p className="wb-hint">{t('findings.none')}</p>
      ) : (
        <ul>
          {findings.map((finding) => (
            <li key={`${finding.code}-${finding.id}-${finding.message}`} data-code={finding.code}>
              <button
                type="button"
                className="wb-link-button"
                onClick={() => onOpen(finding.entity, finding.id)}
              >
                {describeFinding(t, finding, byId.goals, byId.measures)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
