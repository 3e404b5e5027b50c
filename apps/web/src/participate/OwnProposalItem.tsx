import type { PublicProposal } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { useState } from 'react';
import { outcomeText } from './outcomeText.ts';
import { ProposalEditForm } from './ProposalEditForm.tsx';
import { ProposalMeta } from './ProposalMeta.tsx';

interface OwnProposalItemProps {
  proposal: PublicProposal;
  fields: readonly { id: string; title: string }[];
  editable: boolean;
  /** Resolves with an error sentence, or null when saved. */
  onSave: (change: { text: string; fieldId: string | null; targetGroup: string }) => Promise<string | null>;
}

/** One of the participant's own proposals the server has: its state, and editing while collecting. */
export function OwnProposalItem({ proposal, fields, editable, onSave }: OwnProposalItemProps) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const state = proposal.pending ? 'pending' : 'shown';
  return (
    <li className="participate-own">
      {editing && editable ? (
        <ProposalEditForm
          proposal={proposal}
          fields={fields}
          onCancel={() => setEditing(false)}
          onSave={async (change) => {
            const error = await onSave(change);
            setNotice({ text: error ?? t('web.participate.own.saved'), error: error !== null });
            if (!error) setEditing(false);
          }}
        />
      ) : (
        <>
          <p className="participate-text">{proposal.text}</p>
          <ProposalMeta fields={fields} fieldId={proposal.fieldId} targetGroup={proposal.targetGroup} />
          <p className="participate-own-state">
            <span className={`participate-badge participate-badge-${state}`}>
              {t(`web.participate.own.${state}`)}
            </span>
            {proposal.outcome && <span className="participate-outcome">{outcomeText(t, proposal)}</span>}
          </p>
          {editable && (
            <button
              type="button"
              className="participate-secondary"
              aria-label={t('web.participate.own.editLabel', { text: proposal.text.slice(0, 60) })}
              onClick={() => {
                setNotice(null);
                setEditing(true);
              }}
            >
              {t('web.participate.own.edit')}
            </button>
          )}
        </>
      )}
      <p
        role="status"
        className={notice?.error ? 'participate-notice participate-error' : 'participate-notice'}
      >
        {notice?.text}
      </p>
    </li>
  );
}
