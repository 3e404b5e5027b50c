import type { Light, MeasureJSON, ProposalJSON } from '@werkbank/concept';
import { AppLink } from '../common/AppLink.tsx';
import { useT } from '../i18n/useT.ts';

/** Props of `ProposalOutcomeNote`. */
export interface ProposalOutcomeNoteProps {
  proposal: ProposalJSON;
  measure: Light<MeasureJSON> | undefined;
  measureHref: (measureId: string) => string;
  onOpenMeasure: (measureId: string) => void;
}

/** What became of a proposal: "übernommen als M-07" (a link to the measure), deferred, rejected, with reason. */
export function ProposalOutcomeNote({
  proposal,
  measure,
  measureHref,
  onOpenMeasure,
}: ProposalOutcomeNoteProps) {
  const t = useT();
  if (!proposal.outcome) return null;
  const linked = proposal.outcome === 'promoted' || proposal.outcome === 'incorporated';
  return (
    <p className="wb-proposal-outcome">
      {linked && measure ? (
        <AppLink href={measureHref(measure.id)} onOpen={() => onOpenMeasure(measure.id)}>
          {t(`editor.workshop.outcomeWith.${proposal.outcome}`, { code: measure.code })}
        </AppLink>
      ) : (
        <strong>{t(`editor.workshop.outcome.${proposal.outcome}`)}</strong>
      )}
      {proposal.outcomeReason && <span>{` – ${proposal.outcomeReason}`}</span>}
    </p>
  );
}
