import type { Finding, FindingCode } from '@werkbank/concept';
import { useId } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `FindingGroup`. */
export interface FindingGroupProps {
  code: FindingCode;
  findings: readonly Finding[];
  describe: (finding: Finding) => string;
  onOpen: (finding: Finding) => void;
}

/** The findings of one kind under a heading with their count and severity, each a link to its place. */
export function FindingGroup({ code, findings, describe, onOpen }: FindingGroupProps) {
  const t = useT();
  const id = useId();
  const severity = findings[0]?.severity ?? 'gap';
  const explainKey = `findings.explain.${code}`;
  const explanation = t(explainKey);
  return (
    <section className="wb-findings__group" data-code={code} data-severity={severity} aria-labelledby={id}>
      <h3 id={id}>
        <span className={`wb-severity wb-severity--${severity}`}>{t(`findings.severity.${severity}`)}</span>{' '}
        {t('findings.kindCount', { kind: t(`findings.kind.${code}`), count: findings.length })}
      </h3>
      {explanation !== explainKey && <p className="wb-hint">{explanation}</p>}
      <ul>
        {findings.map((finding) => (
          <li key={`${finding.code}-${finding.id}-${finding.field ?? ''}`} data-code={finding.code}>
            <button type="button" className="wb-link-button" onClick={() => onOpen(finding)}>
              {describe(finding)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
