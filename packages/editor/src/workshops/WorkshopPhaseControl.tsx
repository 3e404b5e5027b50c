import { updateWorkshop, type WorkshopJSON, type WorkshopPhase } from '@werkbank/concept';
import { useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { CloseWorkshopDialog } from './CloseWorkshopDialog.tsx';

/** Props of `WorkshopPhaseControl`. */
export interface WorkshopPhaseControlProps {
  doc: Y.Doc;
  workshop: WorkshopJSON;
  editable: boolean;
}

const phases: readonly WorkshopPhase[] = ['collect', 'vote', 'closed'];

/** Where the workshop stands (Sammeln → Abstimmen → Beendet) and the buttons that move it on. */
export function WorkshopPhaseControl({ doc, workshop, editable }: WorkshopPhaseControlProps) {
  const t = useT();
  const id = useId();
  const action = useConceptAction();
  const [confirming, setConfirming] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);
  const phase = workshop.phase;
  const move = (next: WorkshopPhase) => action.run(() => updateWorkshop(doc, workshop.id, { phase: next }));
  return (
    <section className="wb-section wb-phase-control" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('editor.workshop.phaseHeading')}</h2>
      <ol className="wb-phase-steps">
        {phases.map((step) => (
          <li key={step} aria-current={step === phase ? 'step' : undefined}>
            {t(`editor.workshop.phase.${step}`)}
          </li>
        ))}
      </ol>
      <p className="wb-hint">{t(`editor.workshop.phaseHint.${phase}`)}</p>
      {editable && phase !== 'closed' && (
        <div className="wb-row-actions">
          {phase === 'collect' && (
            <button type="button" className="wb-primary" onClick={() => move('vote')}>
              {t('editor.workshop.toVote')}
            </button>
          )}
          {phase === 'vote' && (
            <button type="button" onClick={() => move('collect')}>
              {t('editor.workshop.toCollect')}
            </button>
          )}
          <button
            ref={closeButton}
            type="button"
            aria-expanded={confirming}
            onClick={() => setConfirming(true)}
          >
            {t('editor.workshop.close')}
          </button>
        </div>
      )}
      {confirming && (
        <CloseWorkshopDialog
          onConfirm={() => {
            setConfirming(false);
            move('closed');
          }}
          onCancel={() => {
            setConfirming(false);
            closeButton.current?.focus();
          }}
        />
      )}
      <ErrorNote message={action.error} />
    </section>
  );
}
