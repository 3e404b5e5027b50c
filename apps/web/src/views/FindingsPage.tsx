import { FindingsList, useT } from '@werkbank/editor';
import { placeOfFinding } from '../process/placeOfFinding.ts';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { useConceptTemplate } from '../workspace/useConceptTemplate.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** What the product noticed and the steering group should look at, each leading to its place. */
export function FindingsPage() {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const { template, loading } = useConceptTemplate();
  return (
    <>
      <ViewTitle>{t('web.nav.findings')}</ViewTitle>
      <FindingsList
        doc={doc}
        template={template ?? undefined}
        checking={loading}
        onOpen={(finding) => navigate(routePath(conceptId, placeOfFinding(finding)))}
      />
    </>
  );
}
