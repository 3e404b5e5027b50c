import { useT } from '@werkbank/editor';
import { GoalMeasureMatrix } from '../matrix/GoalMeasureMatrix.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The goal×measure matrix view (its own chunk): which measure serves which goal, and where gaps are. */
export function MatrixPage() {
  const t = useT();
  const { doc, editable } = useWorkspace();
  return (
    <>
      <ViewTitle>{t('web.nav.matrix')}</ViewTitle>
      <p className="muted">
        {t('web.matrix.intro')}
        {editable && (
          <>
            {` ${t('web.matrix.introEdit')}`}
            <span className="wb-keyboard-help">{` ${t('web.matrix.introKeys')}`}</span>
          </>
        )}
      </p>
      <GoalMeasureMatrix doc={doc} editable={editable} />
    </>
  );
}
