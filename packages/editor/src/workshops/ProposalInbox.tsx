import type { ProposalJSON, WorkshopJSON } from '@werkbank/concept';
import { useId, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { useFieldsOfAction } from '../hooks/useFieldsOfAction.ts';
import { useMeasures } from '../hooks/useMeasures.ts';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';
import { groupProposals } from './groupProposals.ts';
import { ProposalItem } from './ProposalItem.tsx';
import { useArrivalAnnouncement } from './useArrivalAnnouncement.ts';

/** Props of `ProposalInbox`. */
export interface ProposalInboxProps {
  doc: Y.Doc;
  workshop: WorkshopJSON;
  editable: boolean;
  measureHref: (measureId: string) => string;
  onOpenMeasure: (measureId: string) => void;
  /** Called with the new measure's id after "Als Maßnahme übernehmen", e.g. to open its sheet. */
  onPromoted: (measureId: string) => void;
}

/**
 * The moderator's inbox: proposals arrive live, grouped by field of action, newest on top of each group;
 * those waiting for release are counted and can be shown alone. New arrivals are announced politely.
 * @example <ProposalInbox doc={doc} workshop={workshop} editable measureHref={href} onOpenMeasure={open} onPromoted={open} />
 */
export function ProposalInbox(props: ProposalInboxProps) {
  const { doc, workshop, editable } = props;
  const t = useT();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const fields = useFieldsOfAction(doc);
  const measures = useMeasures(doc);
  const [pendingOnly, setPendingOnly] = useState(false);
  const open = useMemo(() => workshop.proposals.filter((p) => !p.mergedInto), [workshop.proposals]);
  const announcement = useArrivalAnnouncement(t, open);
  const pending = open.filter((p) => p.moderation === 'pending').length;
  const shown = pendingOnly ? open.filter((p) => p.moderation === 'pending') : open;
  const groups = groupProposals(
    shown,
    fields.map((f) => f.id),
  );
  const mergedInto = new Map<string, ProposalJSON[]>();
  for (const p of workshop.proposals) {
    if (p.mergedInto) mergedInto.set(p.mergedInto, [...(mergedInto.get(p.mergedInto) ?? []), p]);
  }
  const fieldTitle = (fieldId: string | null) =>
    fieldId
      ? fields.find((f) => f.id === fieldId)?.title || t('common.untitled')
      : t('editor.workshop.noField');
  return (
    <section className="wb-section wb-inbox" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('editor.workshop.inbox')}
      </h2>
      <div className="wb-inbox__bar">
        <p className={pending > 0 ? 'wb-pending' : 'wb-hint'}>
          {countMessage(t, 'editor.workshop.pendingCount', pending)}
        </p>
        <div className="wb-field wb-field--checkbox">
          <input
            id={`${id}-pending`}
            type="checkbox"
            checked={pendingOnly}
            onChange={(event) => setPendingOnly(event.target.checked)}
          />
          <label htmlFor={`${id}-pending`}>{t('editor.workshop.pendingFilter')}</label>
        </div>
      </div>
      <p role="status" className="wb-visually-hidden">
        {announcement}
      </p>
      {open.length === 0 && <p className="wb-hint">{t('editor.workshop.inboxEmpty')}</p>}
      {open.length > 0 && shown.length === 0 && <p className="wb-hint">{t('editor.workshop.filterEmpty')}</p>}
      {groups.map((group) => (
        <section
          key={group.fieldId ?? ''}
          className="wb-inbox__group"
          aria-labelledby={`${id}-${group.fieldId ?? 'none'}`}
        >
          <h3 id={`${id}-${group.fieldId ?? 'none'}`}>
            {fieldTitle(group.fieldId)} <span className="wb-badge">{group.proposals.length}</span>
          </h3>
          <ul className="wb-card-list">
            {group.proposals.map((proposal) => (
              <ProposalItem
                key={proposal.id}
                doc={doc}
                proposal={proposal}
                phase={workshop.phase}
                merged={mergedInto.get(proposal.id) ?? []}
                mergeTargets={open.filter((p) => p.id !== proposal.id)}
                fields={fields}
                measures={measures}
                editable={editable}
                measureHref={props.measureHref}
                onOpenMeasure={props.onOpenMeasure}
                onPromoted={props.onPromoted}
                onLeft={() => heading.current?.focus()}
              />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
