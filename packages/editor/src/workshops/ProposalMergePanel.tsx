import { mergeProposals, type ProposalJSON } from '@werkbank/concept';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { proposalSnippet } from './proposalSnippet.ts';

/** Props of `ProposalMergePanel`. */
export interface ProposalMergePanelProps {
  doc: Y.Doc;
  proposal: ProposalJSON;
  /** The workshop's proposals this one can be merged into (not itself, not merged ones). */
  targets: readonly ProposalJSON[];
  onDone: () => void;
}

/** Merges a duplicate into another proposal: its text shows under that one, the dots add up. */
export function ProposalMergePanel({ doc, proposal, targets, onDone }: ProposalMergePanelProps) {
  const t = useT();
  const id = useId();
  const action = useConceptAction();
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const select = useRef<HTMLSelectElement>(null);
  useEffect(() => select.current?.focus(), []);
  function merge(event: FormEvent) {
    event.preventDefault();
    if (targetId && action.run(() => mergeProposals(doc, targetId, [proposal.id]))) onDone();
  }
  if (targets.length === 0) {
    return (
      <div className="wb-proposal-panel">
        <p className="wb-hint">{t('editor.workshop.merge.none')}</p>
        <button type="button" onClick={onDone}>
          {t('common.close')}
        </button>
      </div>
    );
  }
  return (
    <form className="wb-proposal-panel" onSubmit={merge} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <div className="wb-field">
        <label htmlFor={id}>
          {t('editor.workshop.merge.target', { text: proposalSnippet(proposal.text) })}
        </label>
        <select
          id={id}
          ref={select}
          value={targetId}
          aria-describedby={`${id}-hint`}
          onChange={(event) => setTargetId(event.target.value)}
        >
          {targets.map((target) => (
            <option key={target.id} value={target.id}>
              {proposalSnippet(target.text, 80)}
            </option>
          ))}
        </select>
        <p id={`${id}-hint`} className="wb-hint">
          {t('editor.workshop.merge.hint')}
        </p>
      </div>
      <ErrorNote message={action.error} />
      <div className="wb-row-actions">
        <button type="submit" className="wb-primary">
          {t('editor.workshop.action.merge')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
