import type { WorkshopProjection } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { type FormEvent, useId, useState } from 'react';
import type { ProposalInput } from './api/ProposalInput.ts';
import { FieldSelect } from './FieldSelect.tsx';
import type { QueuedProposal } from './queue/QueuedProposal.ts';
import { randomId } from './randomId.ts';
import { useErrorText } from './useErrorText.ts';

/** Longest proposal text participants may send. */
export const MAX_PROPOSAL_LENGTH = 1000;

interface ProposalFormProps {
  workshop: WorkshopProjection['workshop'];
  displayName: string;
  onDisplayName: (name: string) => void;
  /** Queues and sends; resolves with what became of it (absent: sent). */
  onSubmit: (input: ProposalInput) => Promise<QueuedProposal | undefined>;
}

/** The short form for one proposal; what was sent is confirmed in a live region. */
export function ProposalForm({ workshop, displayName, onDisplayName, onSubmit }: ProposalFormProps) {
  const t = useT();
  const errorText = useErrorText();
  const id = useId();
  const [text, setText] = useState('');
  const [fieldId, setFieldId] = useState('');
  const [targetGroup, setTargetGroup] = useState('');
  const [name, setName] = useState(displayName);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!text.trim()) {
      setNotice({ text: t('web.participate.form.empty'), error: true });
      return;
    }
    setBusy(true);
    onDisplayName(name);
    const input = {
      submissionId: randomId(),
      text: text.trim(),
      fieldId: fieldId || null,
      targetGroup: targetGroup.trim(),
      displayName: name.trim(),
    };
    const left = await onSubmit(input);
    setBusy(false);
    if (left?.failed) {
      setNotice({ text: errorText(left.failed), error: true });
      return;
    }
    setText('');
    setTargetGroup('');
    if (left?.waiting?.status === 429) setNotice({ text: errorText(left.waiting), error: false });
    else if (left) setNotice({ text: t('web.participate.form.queued'), error: false });
    else
      setNotice({
        text: t(
          workshop.release === 'moderated'
            ? 'web.participate.form.sentModerated'
            : 'web.participate.form.sent',
        ),
        error: false,
      });
  }

  return (
    <section className="participate-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('web.participate.form.title')}</h2>
      <form onSubmit={submit} noValidate>
        <label htmlFor={`${id}-text`}>{t('web.participate.form.text')}</label>
        <p id={`${id}-text-hint`} className="participate-hint">
          {t('web.participate.form.textHint')}
        </p>
        <textarea
          id={`${id}-text`}
          value={text}
          rows={5}
          maxLength={MAX_PROPOSAL_LENGTH}
          aria-describedby={`${id}-text-hint ${id}-counter`}
          onChange={(e) => setText(e.target.value)}
        />
        <p id={`${id}-counter`} className="participate-counter">
          {t('web.participate.form.counter', { count: text.length, max: MAX_PROPOSAL_LENGTH })}
        </p>
        {workshop.fields.length > 0 && (
          <>
            <label htmlFor={`${id}-field`}>{t('web.participate.form.field')}</label>
            <FieldSelect id={`${id}-field`} fields={workshop.fields} value={fieldId} onChange={setFieldId} />
          </>
        )}
        <label htmlFor={`${id}-target`}>{t('web.participate.form.targetGroup')}</label>
        <p id={`${id}-target-hint`} className="participate-hint">
          {t('web.participate.form.targetGroupHint')}
        </p>
        <input
          id={`${id}-target`}
          value={targetGroup}
          maxLength={120}
          aria-describedby={`${id}-target-hint`}
          onChange={(e) => setTargetGroup(e.target.value)}
        />
        <label htmlFor={`${id}-name`}>{t('web.participate.form.displayName')}</label>
        <p id={`${id}-name-hint`} className="participate-hint">
          {t('web.participate.form.displayNameHint')}
        </p>
        <input
          id={`${id}-name`}
          value={name}
          maxLength={60}
          autoComplete="nickname"
          aria-describedby={`${id}-name-hint`}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="participate-primary" aria-disabled={busy}>
          {t('web.participate.form.submit')}
        </button>
        <p
          role="status"
          className={notice?.error ? 'participate-notice participate-error' : 'participate-notice'}
        >
          {notice?.text}
        </p>
      </form>
    </section>
  );
}
