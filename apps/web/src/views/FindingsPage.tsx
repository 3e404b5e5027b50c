import { FindingsList, useT } from '@werkbank/editor';
import { navigate } from '../routing/navigate.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** What the product noticed and the steering group should look at, each leading to its goal or measure. */
export function FindingsPage() {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  return (
    <>
      <ViewTitle>{t('web.nav.findings')}</ViewTitle>
      <FindingsList
        doc={doc}
        onOpen={(entity, id) =>
          navigate(routePath(conceptId, entity === 'goal' ? { kind: 'goals', id } : { kind: 'measure', id }))
        }
      />
    </>
  );
}
