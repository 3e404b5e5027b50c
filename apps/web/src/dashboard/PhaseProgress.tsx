import type { PathTemplate } from '@werkbank/concept';
import { useChecklistProgress, useT } from '@werkbank/editor';
import type * as Y from 'yjs';
import { BarChart } from './BarChart.tsx';
import { CountTable } from './CountTable.tsx';
import { DashboardSection } from './DashboardSection.tsx';

/** How far each phase's checklist is ticked (the process path's own figures); nothing without a template. */
export function PhaseProgress({ doc, template }: { doc: Y.Doc; template: PathTemplate | null }) {
  const t = useT();
  const progress = useChecklistProgress(doc, template);
  if (!progress || progress.phases.length === 0) return null;
  const title = t('web.dashboard.phases');
  const rows = progress.phases.map((phase) => ({
    key: phase.key,
    label: phase.current ? t('web.dashboard.currentPhase', { title: phase.title }) : phase.title,
    value: phase.total === 0 ? 0 : (phase.done / phase.total) * 100,
    text: t('web.dashboard.ofTotal', { count: phase.done, total: phase.total }),
  }));
  return (
    <DashboardSection title={title}>
      <BarChart title={t('web.dashboard.chartOf', { title })} data={rows} max={100} />
      <CountTable
        caption={title}
        keyHeader={t('web.dashboard.phase')}
        valueHeader={t('web.dashboard.ticked')}
        rows={rows}
      />
    </DashboardSection>
  );
}
