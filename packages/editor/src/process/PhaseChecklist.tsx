import { type PhaseProgress, setChecklistItem } from '@werkbank/concept';
import { useId } from 'react';
import type * as Y from 'yjs';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import { ChecklistItem } from './ChecklistItem.tsx';

/** Props of `PhaseChecklist`. */
export interface PhaseChecklistProps {
  doc: Y.Doc;
  phase: PhaseProgress;
  /** The display name recorded with a tick. */
  userName: string;
  editable: boolean;
  /** The owner's way to make this phase the current one; absent for everyone else. */
  onSetCurrent?: () => void;
  /** Opens the findings, from where the automatic items' gaps are reached. */
  onShowFindings?: () => void;
  /** The time recorded with a tick (tests pass a fixed one). */
  now?: () => Date;
}

/**
 * One phase's checklist: items ticked by hand record who (display name) and when; items Werkbank checks
 * itself tick themselves and cannot be ticked by hand.
 * @example <PhaseChecklist doc={doc} phase={progress.phases[1]} userName="Fachstelle" editable />
 */
export function PhaseChecklist(props: PhaseChecklistProps) {
  const { doc, phase, userName, editable, onSetCurrent, onShowFindings, now = () => new Date() } = props;
  const t = useT();
  const locale = useLocale();
  const id = useId();
  return (
    <section className="wb-checklist" aria-labelledby={id}>
      <h2 id={id}>{t('checklist.heading', { title: phase.title })}</h2>
      <p className="wb-hint">{phase.description}</p>
      {phase.current ? (
        <p className="wb-checklist__current">{t('path.current')}</p>
      ) : onSetCurrent ? (
        <button type="button" className="wb-checklist__set-current" onClick={onSetCurrent}>
          {t('path.setCurrent')}
        </button>
      ) : null}
      <ul>
        {phase.items.map((item) => (
          <ChecklistItem
            key={item.id}
            item={item}
            locale={locale}
            editable={editable}
            onToggle={(done) =>
              setChecklistItem(doc, item.id, done, { by: userName, at: now().toISOString() })
            }
          />
        ))}
      </ul>
      {onShowFindings && phase.items.some((i) => i.auto && !i.done) && (
        <button type="button" className="wb-link-button" onClick={onShowFindings}>
          {t('checklist.findings')}
        </button>
      )}
    </section>
  );
}
