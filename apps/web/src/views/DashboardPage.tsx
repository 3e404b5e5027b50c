import { useT } from '@werkbank/editor';
import { Dashboard } from '../dashboard/Dashboard.tsx';
import { useConceptTemplate } from '../workspace/useConceptTemplate.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The dashboard view: the concept in figures and charts (its own chunk, with the chart library). */
export function DashboardPage() {
  const t = useT();
  const { doc } = useWorkspace();
  const { template } = useConceptTemplate();
  return (
    <>
      <ViewTitle>{t('web.nav.dashboard')}</ViewTitle>
      <p className="muted">{t('web.dashboard.intro')}</p>
      <Dashboard doc={doc} template={template} />
    </>
  );
}
