import { useWorkshops } from '../hooks/useWorkshops.ts';
import { useT } from '../i18n/useT.ts';
import type { MeasureSectionProps } from './MeasureSectionProps.ts';

/** Where a measure came from: the workshop and the proposal it was promoted from. */
export function MeasureOrigin({ doc, measure }: MeasureSectionProps) {
  const t = useT();
  const workshops = useWorkshops(doc);
  const workshop = workshops.find((w) => w.id === measure.originWorkshopId);
  const proposal = workshop?.proposals.find((p) => p.id === measure.originProposalId);
  return (
    <div className="wb-field">
      <span className="wb-label">{t('measure.origin')}</span>
      {workshop ? (
        <p>
          {t('measure.originFrom', { workshop: workshop.title })}
          {proposal && (
            <>
              <br />
              {t('measure.originProposal', { text: proposal.text })}
            </>
          )}
        </p>
      ) : (
        <p>{t('measure.noOrigin')}</p>
      )}
    </div>
  );
}
