import { hideProposal, type ProposalJSON, promoteProposal, releaseProposal } from '@werkbank/concept';
import type * as Y from 'yjs';
import type { ConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import { actionLabel } from './actionLabel.ts';

/** A panel a proposal's action opens below it. */
export type ProposalPanel = 'edit' | 'merge' | 'answer' | null;

/** Props of `ProposalActions`. */
export interface ProposalActionsProps {
  doc: Y.Doc;
  proposal: ProposalJSON;
  panel: ProposalPanel;
  onPanel: (panel: ProposalPanel) => void;
  action: ConceptAction;
  /** After a change that removes the pressed button (released, hidden), so focus can move on. */
  onChanged: () => void;
  onPromoted: (measureId: string) => void;
}

/** The moderator's buttons on one proposal; each name includes the proposal's beginning. */
export function ProposalActions(props: ProposalActionsProps) {
  const { doc, proposal, panel, onPanel, action, onChanged, onPromoted } = props;
  const t = useT();
  const label = (key: string) => actionLabel(t, t(key), proposal.text);
  function run(change: () => void) {
    if (action.run(change)) onChanged();
  }
  function promote() {
    let measureId = '';
    if (action.run(() => (measureId = promoteProposal(doc, proposal.id)))) onPromoted(measureId);
  }
  const toggle = (which: Exclude<ProposalPanel, null>) => onPanel(panel === which ? null : which);
  return (
    <div className="wb-row-actions wb-proposal-actions">
      {proposal.moderation === 'pending' && (
        <button
          type="button"
          className="wb-primary"
          aria-label={label('editor.workshop.action.release')}
          onClick={() => run(() => releaseProposal(doc, proposal.id))}
        >
          {t('editor.workshop.action.release')}
        </button>
      )}
      {proposal.moderation === 'hidden' ? (
        <button
          type="button"
          aria-label={label('editor.workshop.action.show')}
          onClick={() => run(() => releaseProposal(doc, proposal.id))}
        >
          {t('editor.workshop.action.show')}
        </button>
      ) : (
        <button
          type="button"
          aria-label={label('editor.workshop.action.hide')}
          onClick={() => run(() => hideProposal(doc, proposal.id))}
        >
          {t('editor.workshop.action.hide')}
        </button>
      )}
      {(['edit', 'merge'] as const).map((which) => (
        <button
          key={which}
          type="button"
          aria-expanded={panel === which}
          aria-label={label(`editor.workshop.action.${which}`)}
          onClick={() => toggle(which)}
        >
          {t(`editor.workshop.action.${which}`)}
        </button>
      ))}
      {proposal.outcome !== 'promoted' && (
        <>
          <button type="button" aria-label={label('editor.workshop.action.promote')} onClick={promote}>
            {t('editor.workshop.action.promote')}
          </button>
          <button
            type="button"
            aria-expanded={panel === 'answer'}
            aria-label={label('editor.workshop.action.answer')}
            onClick={() => toggle('answer')}
          >
            {t('editor.workshop.action.answer')}
          </button>
        </>
      )}
    </div>
  );
}
