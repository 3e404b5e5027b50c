import type { CheckedTemplate, Finding, FindingSeverity } from '@werkbank/concept';
import { useId, useMemo } from 'react';
import type * as Y from 'yjs';
import { useCheckedParts } from '../hooks/useCheckedParts.ts';
import { useFindings } from '../hooks/useFindings.ts';
import { useGoals } from '../hooks/useGoals.ts';
import { useMeasures } from '../hooks/useMeasures.ts';
import { useTextPresence } from '../hooks/useTextPresence.ts';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';
import { describeFinding, type FindingLabels } from './describeFinding.ts';
import { FindingGroup } from './FindingGroup.tsx';

/** Props of `FindingsList`. */
export interface FindingsListProps {
  doc: Y.Doc;
  /** Opens the place a finding is about (chapter, Leitbild, actors, field of action, goal, measure …). */
  onOpen: (finding: Finding) => void;
  /** The concept's template: required chapters and measure fields. */
  template?: CheckedTemplate;
  /** While the template is still loading: nothing is called complete yet. */
  checking?: boolean;
}

const SEVERITIES: FindingSeverity[] = ['gap', 'warning', 'review'];

function titles<T extends { id: string }>(items: readonly T[], title: (item: T) => string) {
  return new Map(items.map((item) => [item.id, title(item)]));
}

/**
 * Everything the product can check by itself, grouped by kind with a count each, in the document's order, every
 * finding with its severity and a link to the place concerned. Says "vollständig" only when every check passes; live.
 * @example <FindingsList doc={doc} template={template} onOpen={(f) => navigate(placeOf(f))} />
 */
export function FindingsList({ doc, onOpen, template, checking = false }: FindingsListProps) {
  const t = useT();
  const id = useId();
  const findings = useFindings(doc, { template });
  const goals = useGoals(doc);
  const measures = useMeasures(doc);
  const { chapters } = useTextPresence(doc);
  const parts = useCheckedParts(doc);
  const labels = useMemo(
    (): FindingLabels => ({
      goals: titles(goals, (g) => g.title),
      measures: titles(measures, (m) => `${m.code} ${m.title}`.trim()),
      chapters: titles(chapters ?? [], (c) => c.title),
      fieldsOfAction: titles(parts.fieldsOfAction, (f) => f.title),
      workshops: titles(parts.workshops, (w) => w.title),
      versions: titles(parts.versions, (v) => v.name),
    }),
    [goals, measures, chapters, parts],
  );
  // Each kind where its first finding's place comes in the document (checkConcept gives that order).
  const groups = [...new Set(findings.map((f) => f.code))].map((code) => ({
    code,
    items: findings.filter((f) => f.code === code),
  }));
  const summary = SEVERITIES.map((s) => [s, findings.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => countMessage(t, `findings.${s}`, n))
    .join(' · ');
  return (
    <section className="wb-findings" aria-labelledby={id}>
      <h2 id={id}>
        {t('findings.heading')}{' '}
        <span className="wb-count">({countMessage(t, 'findings.count', findings.length)})</span>
      </h2>
      <p className="wb-findings__summary" aria-live="polite" data-complete={!checking && !findings.length}>
        {checking
          ? t('findings.checking')
          : findings.length === 0
            ? t('findings.complete')
            : t('findings.incomplete', { summary })}
      </p>
      {groups.map((group) => (
        <FindingGroup
          key={group.code}
          code={group.code}
          findings={group.items}
          describe={(f) => describeFinding(t, f, labels)}
          onOpen={onOpen}
        />
      ))}
    </section>
  );
}
