import type { WorkshopProjection } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { OwnProposalItem } from './OwnProposalItem.tsx';
import { QueuedProposalItem } from './QueuedProposalItem.tsx';
import type { ProposalQueueState } from './queue/ProposalQueueState.ts';

interface OwnProposalsProps {
  projection: WorkshopProjection;
  queue: ProposalQueueState;
  onDismiss: (submissionId: string) => void;
  onSave: (
    proposalId: string,
    change: { text: string; fieldId: string | null; targetGroup: string },
  ) => Promise<string | null>;
}

/** The participant's own proposals: on the server (with their state) and still on this device. */
export function OwnProposals({ projection, queue, onDismiss, onSave }: OwnProposalsProps) {
  const t = useT();
  const { workshop } = projection;
  const own = projection.proposals.filter((p) => p.own);
  const known = new Set(own.map((p) => p.id));
  const sentNotShown = queue.sent.filter((s) => !known.has(s.id));
  const count = own.length + queue.items.length + sentNotShown.length;
  return (
    <section className="participate-card" aria-labelledby="participate-own-title">
      <h2 id="participate-own-title">{t('web.participate.own.title')}</h2>
      {count === 0 ? (
        <p>{t('web.participate.own.empty')}</p>
      ) : (
        <ul className="participate-list">
          {queue.items.map((item) => (
            <QueuedProposalItem
              key={item.submissionId}
              item={item}
              fields={workshop.fields}
              sent={false}
              onDismiss={() => onDismiss(item.submissionId)}
            />
          ))}
          {sentNotShown.map((item) => (
            <QueuedProposalItem
              key={item.submissionId}
              item={item}
              fields={workshop.fields}
              sent
              onDismiss={() => {}}
            />
          ))}
          {own.map((p) => (
            <OwnProposalItem
              key={p.id}
              proposal={p}
              fields={workshop.fields}
              editable={workshop.phase === 'collect' && !p.outcome}
              onSave={(change) => onSave(p.id, change)}
            />
          ))}
        </ul>
      )}
      {workshop.phase === 'collect' && (
        <p className="participate-hint">{t('web.participate.own.hiddenNote')}</p>
      )}
    </section>
  );
}
