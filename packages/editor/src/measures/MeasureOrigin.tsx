import { AppLink } from '../common/AppLink.tsx';
import { useWorkshops } from '../hooks/useWorkshops.ts';
import { useT } from '../i18n/useT.ts';
import type { MeasureSectionProps } from './MeasureSectionProps.ts';

/** Props of `MeasureOrigin`. */
export interface MeasureOriginProps extends MeasureSectionProps {
  /** The address of a workshop's page; with `onOpenWorkshop`, the workshop's title links back to it. */
  workshopHref?: ((workshopId: string) => string) | undefined;
  onOpenWorkshop?: ((workshopId: string) => void) | undefined;
}

/** Where a measure came from: the workshop (linking back to it) and the proposal it was promoted from. */
export function MeasureOrigin({ doc, measure, workshopHref, onOpenWorkshop }: MeasureOriginProps) {
  const t = useT();
  const workshops = useWorkshops(doc);
  const workshop = workshops.find((w) => w.id === measure.originWorkshopId);
  const proposal = workshop?.proposals.find((p) => p.id === measure.originProposalId);
  const title = workshop ? workshop.title || t('common.untitled') : '';
  return (
    <div className="wb-field">
      <span className="wb-label">{t('measure.origin')}</span>
      {workshop ? (
        <p>
          {workshopHref && onOpenWorkshop ? (
            <AppLink href={workshopHref(workshop.id)} onOpen={() => onOpenWorkshop(workshop.id)}>
              {t('measure.originFrom', { workshop: title })}
            </AppLink>
          ) : (
            t('measure.originFrom', { workshop: title })
          )}
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
