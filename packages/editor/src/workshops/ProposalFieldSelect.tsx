import { type FieldOfActionJSON, type ProposalJSON, updateProposal } from '@werkbank/concept';
import { useId } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { proposalSnippet } from './proposalSnippet.ts';

/** Props of `ProposalFieldSelect`. */
export interface ProposalFieldSelectProps {
  doc: Y.Doc;
  proposal: ProposalJSON;
  fields: readonly FieldOfActionJSON[];
}

/** Moves a proposal to another field of action (or none). */
export function ProposalFieldSelect({ doc, proposal, fields }: ProposalFieldSelectProps) {
  const t = useT();
  const id = useId();
  const action = useConceptAction();
  return (
    <div className="wb-field wb-proposal-field">
      <label htmlFor={id}>
        {t('editor.workshop.action.field')}
        <span className="wb-visually-hidden">
          {t('editor.workshop.ofProposal', { text: proposalSnippet(proposal.text) })}
        </span>
      </label>
      <select
        id={id}
        value={proposal.fieldId ?? ''}
        onChange={(event) =>
          action.run(() => updateProposal(doc, proposal.id, { fieldId: event.target.value || null }))
        }
      >
        <option value="">{t('editor.workshop.noField')}</option>
        {fields.map((field) => (
          <option key={field.id} value={field.id}>
            {field.title || t('common.untitled')}
          </option>
        ))}
      </select>
      <ErrorNote message={action.error} />
    </div>
  );
}
