import type { ChecklistProgress } from '@werkbank/concept';
import { useId } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `PhasePath`. */
export interface PhasePathProps {
  progress: ChecklistProgress;
  /** The phase whose checklist is shown. */
  selected: string;
  onSelect: (phaseKey: string) => void;
}

/**
 * The template's phases as a path, in order: the current one marked, each with how much of its checklist is
 * done; choosing one shows its checklist.
 * @example <PhasePath progress={progress} selected={key} onSelect={setKey} />
 */
export function PhasePath({ progress, selected, onSelect }: PhasePathProps) {
  const t = useT();
  const id = useId();
  const total = progress.phases.length;
  return (
    <section className="wb-phase-path" aria-labelledby={id}>
      <h2 id={id} className="wb-visually-hidden">
        {t('path.heading')}
      </h2>
      <ol>
        {progress.phases.map((phase, index) => (
          <li
            key={phase.key}
            className="wb-phase"
            data-current={phase.current || undefined}
            data-selected={phase.key === selected || undefined}
            data-complete={phase.done === phase.total || undefined}
            aria-current={phase.current ? 'step' : undefined}
          >
            <button
              type="button"
              aria-pressed={phase.key === selected}
              aria-describedby={`${id}-${index}`}
              onClick={() => onSelect(phase.key)}
            >
              <span className="wb-phase__step" aria-hidden="true">
                {index + 1}
              </span>
              <span className="wb-visually-hidden">{t('path.step', { n: index + 1, total })}:</span>{' '}
              <span className="wb-phase__title">{phase.title}</span>
            </button>
            <span id={`${id}-${index}`} className="wb-phase__meta">
              {phase.current && (
                <>
                  <span className="wb-phase__current">{t('path.current')}</span>{' '}
                  <span className="wb-visually-hidden">·</span>{' '}
                </>
              )}
              {t('path.progress', { done: phase.done, total: phase.total })}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
