import { keys } from '@werkbank/concept';
import { TrashList, useT } from '@werkbank/editor';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The Papierkorb: what was deleted in the last 30 days, to restore. */
export function TrashPage() {
  const t = useT();
  const { doc, editable, conceptId } = useWorkspace();
  return (
    <>
      <ViewTitle>{t('trash.heading')}</ViewTitle>
      <TrashList
        doc={doc}
        editable={editable}
        hrefOf={(collection, id) => {
          if (collection === keys.MEASURES) return routePath(conceptId, { kind: 'measure', id });
          if (collection === keys.GOALS) return routePath(conceptId, { kind: 'goals', id });
          if (collection === keys.CHAPTERS) return routePath(conceptId, { kind: 'chapter', id });
          if (collection === keys.FIELDS_OF_ACTION) return routePath(conceptId, { kind: 'fields' });
          if (collection === keys.ACTORS) return routePath(conceptId, { kind: 'actors' });
          return null;
        }}
      />
    </>
  );
}
