import { useT } from '@werkbank/editor';
import { BarChart } from './BarChart.tsx';
import { CountTable } from './CountTable.tsx';
import { DashboardSection } from './DashboardSection.tsx';
import type { DashboardFigures } from './readDashboard.ts';

/** Measures per status, from idea to done. */
export function MeasuresByStatus({ figures }: { figures: DashboardFigures }) {
  const t = useT();
  const rows = figures.byStatus.map((s) => ({
    key: s.key,
    label: t(`measure.status.${s.key}`),
    value: s.count,
    text: String(s.count),
  }));
  const title = t('web.dashboard.byStatus');
  return (
    <DashboardSection title={title}>
      <BarChart title={t('web.dashboard.chartOf', { title })} data={rows} />
      <CountTable
        caption={title}
        keyHeader={t('web.dashboard.status')}
        valueHeader={t('web.dashboard.measures')}
        rows={rows}
      />
    </DashboardSection>
  );
}
