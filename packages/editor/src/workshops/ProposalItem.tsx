import type { FieldOfActionJSON, Light, MeasureJSON, ProposalJSON, WorkshopPhase } from '@werkbank/concept';
import { memo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { countMessage } from '../i18n/countMessage.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import { countDots } from './countDots.ts';
import { ProposalActions, type ProposalPanel } from './ProposalActions.tsx';
import { ProposalAnswerPanel } from './ProposalAnswerPanel.tsx';
import { ProposalFieldSelect } from './ProposalFieldSelect.tsx';
import { ProposalMergePanel } from './ProposalMergePanel.tsx';
import { ProposalOutcomeNote } from './ProposalOutcomeNote.tsx';
import { ProposalTextEditor } from './ProposalTextEditor.tsx';

/** Props of `ProposalItem`. */
export interface ProposalItemProps {
  doc: Y.Doc;
  proposal: ProposalJSON;
  phase: WorkshopPhase;
  merged: readonly ProposalJSON[];
  mergeTargets: readonly ProposalJSON[];
  fields: readonly FieldOfActionJSON[];
  measures: readonly Light<MeasureJSON>[];
  editable: boolean;
  measureHref: (measureId: string) => string;
  onOpenMeasure: (measureId: string) => void;
  onPromoted: (measureId: string) => void;
  /** Called when this proposal left the list after a change made here (e.g. released under a filter). */
  onLeft: () => void;
}

/** One proposal in the inbox: its text (always as text), who and when, dots, outcome and the moderator's actions. */
export const ProposalItem = memo(function ProposalItem(props: ProposalItemProps) {
  const { doc, proposal, phase, merged, mergeTargets, fields, measures, editable } = props;
  const t = useT();
  const locale = useLocale();
  const action = useConceptAction();
  const [panel, setPanel] = useState<ProposalPanel>(null);
  const card = useRef<HTMLLIElement>(null);
  const actions = useRef<HTMLDivElement>(null);
  const time = new Date(proposal.createdAt);
  const measure = measures.find((m) => m.id === proposal.measureId);
  // The pressed button may be gone after the re-render: keep focus in this card, or hand it on if it left.
  function refocus(selector: string) {
    setTimeout(() => {
      if (!card.current?.isConnected) props.onLeft();
      else actions.current?.querySelector<HTMLButtonElement>(selector)?.focus();
    });
  }
  function closePanel() {
    setPanel(null);
    refocus('[aria-expanded]');
  }
  return (
    <li ref={card} className={`wb-card wb-proposal wb-proposal--${proposal.moderation}`}>
      <p className="wb-proposal__meta">
        {proposal.moderation !== 'visible' && (
          <span className="wb-badge wb-badge--strong">
            {t(`editor.workshop.moderation.${proposal.moderation}`)}
          </span>
        )}
        <time dateTime={proposal.createdAt}>
          {Number.isNaN(time.getTime())
            ? ''
            : time.toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' })}
        </time>
        {proposal.author && <span>{t('editor.workshop.by', { name: proposal.author })}</span>}
        {(phase !== 'collect' || countDots(proposal.votes) > 0) && (
          <span className="wb-badge">
            {countMessage(t, 'editor.workshop.dots', countDots(proposal.votes))}
          </span>
        )}
      </p>
      <p className="wb-proposal__text">{proposal.text}</p>
      {proposal.targetGroup && (
        <p className="wb-proposal__target">
          {t('editor.workshop.targetGroup', { group: proposal.targetGroup })}
        </p>
      )}
      {merged.length > 0 && (
        <div className="wb-proposal__merged">
          <p className="wb-label">{t('editor.workshop.mergedHeading')}</p>
          <ul>
            {merged.map((m) => (
              <li key={m.id}>{m.text}</li>
            ))}
          </ul>
        </div>
      )}
      <ProposalOutcomeNote
        proposal={proposal}
        measure={measure}
        measureHref={props.measureHref}
        onOpenMeasure={props.onOpenMeasure}
      />
      {editable && (
        <>
          <div ref={actions}>
            <ProposalActions
              doc={doc}
              proposal={proposal}
              panel={panel}
              onPanel={setPanel}
              action={action}
              onChanged={() => refocus('button')}
              onPromoted={props.onPromoted}
            />
          </div>
          <ProposalFieldSelect doc={doc} proposal={proposal} fields={fields} />
          <ErrorNote message={action.error} />
          {panel === 'edit' && <ProposalTextEditor doc={doc} proposal={proposal} onDone={closePanel} />}
          {panel === 'merge' && (
            <ProposalMergePanel doc={doc} proposal={proposal} targets={mergeTargets} onDone={closePanel} />
          )}
          {panel === 'answer' && (
            <ProposalAnswerPanel doc={doc} proposal={proposal} measures={measures} onDone={closePanel} />
          )}
        </>
      )}
    </li>
  );
});
