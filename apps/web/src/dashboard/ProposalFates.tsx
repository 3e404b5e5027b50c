import { useT } from '@werkbank/editor';
import { BarChart } from './BarChart.tsx';
import { CountTable } from './CountTable.tsx';
import { DashboardSection } from './DashboardSection.tsx';
import type { DashboardFigures } from './readDashboard.ts';

/** Released workshop proposals and what became of them; a note while there are no workshops. */
export function ProposalFates({ figures }: { figures: DashboardFigures }) {
  const t = useT();
  const title = t('web.dashboard.proposalFates');
  if (figures.proposals.workshops === 0) {
    return (
      <section className="dashboard-section" aria-label={title}>
        <h2>{title}</h2>
        <p className="muted">{t('web.dashboard.noWorkshops')}</p>
      </section>
    );
  }
  const rows = figures.proposals.fates.map((f) => ({
    key: f.key,
    label: t(`web.dashboard.fate.${f.key}`),
    value: f.count,
    text: String(f.count),
  }));
  return (
    <DashboardSection title={title}>
      <BarChart title={t('web.dashboard.chartOf', { title })} data={rows} />
      <CountTable
        caption={title}
        keyHeader={t('web.dashboard.fate')}
        valueHeader={t('web.dashboard.proposals')}
        rows={rows}
        total={{ label: t('costs.sum'), text: String(figures.proposals.total) }}
      />
    </DashboardSection>
  );
}
