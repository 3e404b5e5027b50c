import { keys } from '@werkbank/concept';
import { useEffect, useRef } from 'react';
import type { ViewProps } from '../common/ViewProps.ts';
import { useMeasure } from '../hooks/useMeasure.ts';
import { useT } from '../i18n/useT.ts';
import { PresenceDots } from '../presence/PresenceDots.tsx';
import { GoneNotice } from '../trash/GoneNotice.tsx';
import { MeasureBasics } from './MeasureBasics.tsx';
import { MeasureGoals } from './MeasureGoals.tsx';
import { MeasureImplementation } from './MeasureImplementation.tsx';
import { MeasureManagement } from './MeasureManagement.tsx';
import { MeasureOrigin } from './MeasureOrigin.tsx';
import { MeasureResources } from './MeasureResources.tsx';

/** Props of `MeasureSheet`. */
export interface MeasureSheetProps extends ViewProps {
  measureId: string;
  /** Opens a goal the measure serves (adds an "open" button next to each linked goal). */
  onOpenGoal?: (goalId: string) => void;
  /** Puts the cursor in the title, its text selected, so a new measure can be named at once. */
  autoFocusTitle?: boolean;
  /** Called after this person deleted the measure, with a sentence saying so; without it the sheet says it is gone. */
  onDeleted?: (message: string) => void;
  /** With `onOpenWorkshop`: the origin links back to the workshop the measure came from. */
  workshopHref?: (workshopId: string) => string;
  onOpenWorkshop?: (workshopId: string) => void;
}

/**
 * The Maßnahmensteckbrief: every field of one measure, live. Inputs show others' changes as they arrive,
 * keep what the local user is typing while focused, and write through concept's verbs on blur or change.
 * @example <MeasureSheet doc={doc} measureId={id} editable awareness={awareness} user={user} />
 */
export function MeasureSheet(sheetProps: MeasureSheetProps) {
  const { doc, measureId, editable, awareness, user, onOpenGoal, autoFocusTitle, onDeleted } = sheetProps;
  const { workshopHref, onOpenWorkshop } = sheetProps;
  const t = useT();
  const measure = useMeasure(doc, measureId);
  const article = useRef<HTMLElement>(null);
  const focusTitle = autoFocusTitle && editable;
  useEffect(() => {
    if (!focusTitle) return;
    const input = article.current?.querySelector<HTMLInputElement>('.wb-measure-title input');
    input?.focus();
    input?.select();
  }, [focusTitle]);
  if (!measure) return <GoneNotice doc={doc} collection={keys.MEASURES} id={measureId} editable={editable} />;
  const props = { doc, measure, editable, awareness, user };
  return (
    <article ref={article} className="wb-measure-sheet" aria-labelledby={`${measure.id}-heading`}>
      <header className="wb-view-header">
        <h2 id={`${measure.id}-heading`}>
          <span className="wb-kicker">{t('measure.sheet')}</span> {measure.code}{' '}
          {measure.title || t('common.untitled')}
        </h2>
        <PresenceDots awareness={awareness} location={{ kind: 'measure', id: measure.id }} />
      </header>
      <MeasureBasics {...props} />
      <MeasureGoals {...props} onOpenGoal={onOpenGoal} />
      <MeasureImplementation {...props} />
      <MeasureResources {...props} />
      <MeasureOrigin {...props} workshopHref={workshopHref} onOpenWorkshop={onOpenWorkshop} />
      <MeasureManagement {...props} onDeleted={onDeleted} />
    </article>
  );
}
