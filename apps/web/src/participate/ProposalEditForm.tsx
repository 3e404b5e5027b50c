import type { PublicProposal } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import { FieldSelect } from './FieldSelect.tsx';
import { MAX_PROPOSAL_LENGTH } from './ProposalForm.tsx';

interface ProposalEditFormProps {
  proposal: PublicProposal;
  fields: readonly { id: string; title: string }[];
  onSave: (change: { text: string; fieldId: string | null; targetGroup: string }) => Promise<void>;
  onCancel: () => void;
}

/** Changes one's own proposal in place. */
export function ProposalEditForm({ proposal, fields, onSave, onCancel }: ProposalEditFormProps) {
  const t = useT();
  const id = useId();
  const [text, setText] = useState(proposal.text);
  const [fieldId, setFieldId] = useState(proposal.fieldId ?? '');
  const [targetGroup, setTargetGroup] = useState(proposal.targetGroup);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !text.trim()) return;
    setBusy(true);
    await onSave({ text: text.trim(), fieldId: fieldId || null, targetGroup: targetGroup.trim() });
    setBusy(false);
  }

  return (
    <form className="participate-edit" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>{t('web.participate.form.text')}</label>
      <textarea
        id={`${id}-text`}
        value={text}
        rows={4}
        maxLength={MAX_PROPOSAL_LENGTH}
        aria-describedby={`${id}-counter`}
        onChange={(e) => setText(e.target.value)}
      />
      <p id={`${id}-counter`} className="participate-counter">
        {t('web.participate.form.counter', { count: text.length, max: MAX_PROPOSAL_LENGTH })}
      </p>
      {fields.length > 0 && (
        <>
          <label htmlFor={`${id}-field`}>{t('web.participate.form.field')}</label>
          <FieldSelect id={`${id}-field`} fields={fields} value={fieldId} onChange={setFieldId} />
        </>
      )}
      <label htmlFor={`${id}-target`}>{t('web.participate.form.targetGroup')}</label>
      <input
        id={`${id}-target`}
        value={targetGroup}
        maxLength={120}
        onChange={(e) => setTargetGroup(e.target.value)}
      />
      <div className="participate-actions">
        <button type="submit" className="participate-primary" aria-disabled={busy}>
          {t('web.participate.own.save')}
        </button>
        <button type="button" className="participate-secondary" onClick={onCancel}>
          {t('web.cancel')}
        </button>
      </div>
    </form>
  );
}
