import { BudgetTable, useEuro, useT } from '@werkbank/editor';
import { SOURCE_COLORS } from './chartColors.ts';
import { DashboardSection } from './DashboardSection.tsx';
import type { DashboardFigures } from './readDashboard.ts';
import { StackedBarChart } from './StackedBarChart.tsx';

/** The budget per year and funding source: stacked bars beside the table (per field of action: see above). */
export function BudgetSection({ figures }: { figures: DashboardFigures }) {
  const t = useT();
  const euro = useEuro();
  const { budget } = figures;
  const title = t('web.dashboard.budget');
  if (budget.measuresWithCosts === 0) {
    return (
      <section className="dashboard-section" aria-label={title}>
        <h2>{title}</h2>
        <p className="muted">{t('web.dashboard.noCosts')}</p>
      </section>
    );
  }
  const data = budget.years.map((y) => ({
    label: y.year === null ? t('costs.noYear') : String(y.year),
    ...y.bySource,
  }));
  return (
    <DashboardSection title={title} stacked>
      <div>
        <p>
          {t('web.dashboard.budgetSummary', {
            total: euro(budget.total),
            count: budget.measuresWithCosts,
          })}
        </p>
        <StackedBarChart
          title={t('web.dashboard.chartOf', { title })}
          data={data}
          series={budget.sources.map((key) => ({
            key,
            label: t(`costs.source.${key}`),
            color: SOURCE_COLORS[key],
          }))}
        />
      </div>
      <BudgetTable caption={t('web.dashboard.budgetTable')} totals={budget} />
    </DashboardSection>
  );
}
