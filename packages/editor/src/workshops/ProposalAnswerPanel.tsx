import { answerProposal, type Light, type MeasureJSON, type ProposalJSON } from '@werkbank/concept';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { proposalSnippet } from './proposalSnippet.ts';

/** Props of `ProposalAnswerPanel`. */
export interface ProposalAnswerPanelProps {
  doc: Y.Doc;
  proposal: ProposalJSON;
  measures: readonly Light<MeasureJSON>[];
  onDone: () => void;
}

type Choice = '' | 'incorporated' | 'deferred' | 'rejected';

/** Answers a proposal: flowed into an existing measure, deferred or rejected, with a short reason. */
export function ProposalAnswerPanel({ doc, proposal, measures, onDone }: ProposalAnswerPanelProps) {
  const t = useT();
  const id = useId();
  const action = useConceptAction();
  const current = proposal.outcome === 'promoted' ? '' : (proposal.outcome ?? '');
  const [outcome, setOutcome] = useState<Choice>(current);
  const [measureId, setMeasureId] = useState(proposal.measureId ?? measures[0]?.id ?? '');
  const [reason, setReason] = useState(proposal.outcomeReason);
  const first = useRef<HTMLSelectElement>(null);
  useEffect(() => first.current?.focus(), []);
  function save(event: FormEvent) {
    event.preventDefault();
    const answer = {
      outcome: outcome || null,
      reason: reason.trim(),
      ...(outcome === 'incorporated' ? { measureId } : {}),
    };
    if (action.run(() => answerProposal(doc, proposal.id, answer))) onDone();
  }
  return (
    <form className="wb-proposal-panel" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <p className="wb-label">
        {t('editor.workshop.answer.heading', { text: proposalSnippet(proposal.text) })}
      </p>
      <div className="wb-grid">
        <div className="wb-field">
          <label htmlFor={`${id}-outcome`}>{t('editor.workshop.answer.outcome')}</label>
          <select
            id={`${id}-outcome`}
            ref={first}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value as Choice)}
          >
            <option value="">{t('editor.workshop.answer.noOutcome')}</option>
            {(['incorporated', 'deferred', 'rejected'] as const).map((choice) => (
              <option key={choice} value={choice}>
                {t(`editor.workshop.outcome.${choice}`)}
              </option>
            ))}
          </select>
        </div>
        {outcome === 'incorporated' && (
          <div className="wb-field">
            <label htmlFor={`${id}-measure`}>{t('editor.workshop.answer.measure')}</label>
            <select
              id={`${id}-measure`}
              value={measureId}
              onChange={(event) => setMeasureId(event.target.value)}
            >
              {measures.map((measure) => (
                <option key={measure.id} value={measure.id}>
                  {`${measure.code} ${measure.title || t('common.untitled')}`}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <div className="wb-field">
        <label htmlFor={`${id}-reason`}>{t('editor.workshop.answer.reason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
        />
      </div>
      <ErrorNote message={action.error} />
      <div className="wb-row-actions">
        <button type="submit" className="wb-primary">
          {t('editor.workshop.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
