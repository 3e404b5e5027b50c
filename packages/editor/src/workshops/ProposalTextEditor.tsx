import { type ProposalJSON, updateProposal } from '@werkbank/concept';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { proposalSnippet } from './proposalSnippet.ts';

/** Props of `ProposalTextEditor`. */
export interface ProposalTextEditorProps {
  doc: Y.Doc;
  proposal: ProposalJSON;
  onDone: () => void;
}

/** Edits a proposal's wording in place (to fix a typo or remove a name); Escape cancels. */
export function ProposalTextEditor({ doc, proposal, onDone }: ProposalTextEditorProps) {
  const t = useT();
  const id = useId();
  const action = useConceptAction();
  const [text, setText] = useState(proposal.text);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  function save(event: FormEvent) {
    event.preventDefault();
    const value = text.trim();
    if (value === proposal.text || action.run(() => updateProposal(doc, proposal.id, { text: value })))
      onDone();
  }
  return (
    <form className="wb-proposal-panel" onSubmit={save}>
      <div className="wb-field">
        <label htmlFor={id}>
          {t('editor.workshop.edit.text')}
          <span className="wb-visually-hidden">
            {t('editor.workshop.ofProposal', { text: proposalSnippet(proposal.text) })}
          </span>
        </label>
        <textarea
          id={id}
          ref={area}
          rows={3}
          maxLength={1000}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') onDone();
          }}
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
