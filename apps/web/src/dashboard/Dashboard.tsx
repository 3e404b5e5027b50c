import type { PathTemplate } from '@werkbank/concept';
import { useEuro, useT } from '@werkbank/editor';
import type * as Y from 'yjs';
import { BudgetSection } from './BudgetSection.tsx';
import { MeasuresByField } from './MeasuresByField.tsx';
import { MeasuresByStatus } from './MeasuresByStatus.tsx';
import { PhaseProgress } from './PhaseProgress.tsx';
import { ProposalFates } from './ProposalFates.tsx';
import { SheetCompleteness } from './SheetCompleteness.tsx';
import { useDashboard } from './useDashboard.ts';
import './dashboard.css';

/**
 * The concept in figures, live: measures by field of action and by status, how complete the measure sheets
 * are, each phase's checklist (with a template), workshop proposals and what became of them, and the budget. Each chart is an SVG image beside a table
 * holding the same values.
 */
export function Dashboard({ doc, template }: { doc: Y.Doc; template: PathTemplate | null }) {
  const t = useT();
  const euro = useEuro();
  const figures = useDashboard(doc);
  return (
    <div className="dashboard">
      <dl className="dashboard-figures">
        <div>
          <dt>{t('web.dashboard.measures')}</dt>
          <dd>{figures.measures}</dd>
        </div>
        <div>
          <dt>{t('web.dashboard.completeSheets')}</dt>
          <dd>{t('web.dashboard.ofTotal', { count: figures.sheets.complete, total: figures.measures })}</dd>
        </div>
        <div>
          <dt>{t('web.dashboard.proposals')}</dt>
          <dd>{figures.proposals.total}</dd>
        </div>
        <div>
          <dt>{t('web.dashboard.totalCosts')}</dt>
          <dd data-testid="dashboard-total">{euro(figures.budget.total)}</dd>
        </div>
      </dl>
      <MeasuresByField figures={figures} />
      <MeasuresByStatus figures={figures} />
      <SheetCompleteness figures={figures} />
      <PhaseProgress doc={doc} template={template} />
      <ProposalFates figures={figures} />
      <BudgetSection figures={figures} />
    </div>
  );
}
