import { useEuro, useT } from '@werkbank/editor';
import { BarChart } from './BarChart.tsx';
import { DashboardSection } from './DashboardSection.tsx';
import type { DashboardFigures } from './readDashboard.ts';
import { ScrollRegion } from './ScrollRegion.tsx';

/** Measures and their costs per field of action (each measure under its primary field). */
export function MeasuresByField({ figures }: { figures: DashboardFigures }) {
  const t = useT();
  const euro = useEuro();
  const costs = new Map(figures.budget.byField.map((f) => [f.fieldId, f.total]));
  const rows = figures.byField.map((f) => ({
    key: f.key ?? '',
    label: f.key === null ? t('web.dashboard.noField') : f.title || t('common.untitled'),
    count: f.count,
    costs: costs.get(f.key) ?? 0,
  }));
  const title = t('web.dashboard.byField');
  return (
    <DashboardSection title={title}>
      <BarChart
        title={t('web.dashboard.chartOf', { title })}
        data={rows.map((r) => ({ key: r.key, label: r.label, value: r.count, text: String(r.count) }))}
      />
      <ScrollRegion label={title}>
        <table className="wb-table dashboard-table">
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('web.dashboard.field')}</th>
              <th scope="col" className="wb-number">
                {t('web.dashboard.measures')}
              </th>
              <th scope="col" className="wb-number">
                {t('costs.column')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="wb-number">{r.count}</td>
                <td className="wb-number">{euro(r.costs)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('costs.sum')}</th>
              <td className="wb-number">{figures.measures}</td>
              <td className="wb-number">{euro(figures.budget.total)}</td>
            </tr>
          </tfoot>
        </table>
      </ScrollRegion>
    </DashboardSection>
  );
}
