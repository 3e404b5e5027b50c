import { useT } from '@werkbank/editor';
import { ProposalMeta } from './ProposalMeta.tsx';
import type { QueuedProposal } from './queue/QueuedProposal.ts';
import { useErrorText } from './useErrorText.ts';

interface QueuedProposalItemProps {
  item: QueuedProposal;
  fields: readonly { id: string; title: string }[];
  /** True once the server took it but the projection does not show it yet. */
  sent: boolean;
  onDismiss: () => void;
}

/** A proposal on this device the server has not confirmed yet (or refused for good). */
export function QueuedProposalItem({ item, fields, sent, onDismiss }: QueuedProposalItemProps) {
  const t = useT();
  const errorText = useErrorText();
  const state = item.failed ? 'failed' : sent ? 'sent' : 'queued';
  return (
    <li className="participate-own">
      <p className="participate-text">{item.text}</p>
      <ProposalMeta fields={fields} fieldId={item.fieldId} targetGroup={item.targetGroup} />
      <p className="participate-own-state">
        <span className={`participate-badge participate-badge-${state}`}>
          {t(`web.participate.own.${state}`)}
        </span>
      </p>
      {item.failed && <p className="participate-error">{errorText(item.failed)}</p>}
      {!item.failed && item.waiting?.status === 429 && (
        <p className="participate-hint">{errorText(item.waiting)}</p>
      )}
      {item.failed && (
        <button type="button" className="participate-secondary" onClick={onDismiss}>
          {t('web.participate.own.dismiss')}
        </button>
      )}
    </li>
  );
}
