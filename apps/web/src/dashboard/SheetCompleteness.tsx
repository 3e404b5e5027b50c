import { useT } from '@werkbank/editor';
import { BarChart } from './BarChart.tsx';
import { CountTable } from './CountTable.tsx';
import { DashboardSection } from './DashboardSection.tsx';
import type { DashboardFigures } from './readDashboard.ts';

/** For each part of the measure sheet, how many measures have it filled in. */
export function SheetCompleteness({ figures }: { figures: DashboardFigures }) {
  const t = useT();
  const total = figures.measures;
  const rows = figures.sheets.parts.map((p) => ({
    key: p.key,
    label: t(`web.dashboard.part.${p.key}`),
    value: p.count,
    text: t('web.dashboard.ofTotal', { count: p.count, total }),
  }));
  const title = t('web.dashboard.sheets');
  return (
    <DashboardSection title={title}>
      <BarChart title={t('web.dashboard.chartOf', { title })} data={rows} max={total} />
      <CountTable
        caption={title}
        keyHeader={t('web.dashboard.part')}
        valueHeader={t('web.dashboard.filled')}
        rows={rows}
        total={{
          label: t('web.dashboard.completeSheets'),
          text: t('web.dashboard.ofTotal', { count: figures.sheets.complete, total }),
        }}
      />
    </DashboardSection>
  );
}
