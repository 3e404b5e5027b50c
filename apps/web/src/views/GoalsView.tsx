import { GoalDetail, GoalTreeEditor, useT } from '@werkbank/editor';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterIntro } from './ChapterIntro.tsx';
import { useChapterOfKind } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The goal tree beneath the text of the chapter it is placed in, or beside the details of the selected goal. */
export function GoalsView({ view }: { view: WorkspaceView }) {
  const goalId = view.kind === 'goals' ? (view.id ?? null) : null;
  const t = useT();
  const { doc, awareness, editable, conceptId } = useWorkspace();
  const user = useEditorUser();
  const place = useChapterOfKind('goals');
  return (
    <>
      {place && !goalId ? (
        <>
          <ChapterIntro place={place} />
          <h2 className="part-heading">{t('goal.tree')}</h2>
        </>
      ) : (
        <ViewTitle>{t('goal.tree')}</ViewTitle>
      )}
      <div className={`goals-layout ${goalId ? 'with-detail' : ''}`}>
        <div className="goals-tree">
          <GoalTreeEditor
            doc={doc}
            editable={editable}
            awareness={awareness}
            selectedGoalId={goalId}
            onOpenGoal={(id) => navigate(routePath(conceptId, { kind: 'goals', id }))}
          />
        </div>
        {goalId && (
          <div className="goals-detail">
            <GoalDetail
              key={goalId}
              doc={doc}
              goalId={goalId}
              editable={editable}
              awareness={awareness}
              user={user}
              onOpenMeasure={(id) => navigate(routePath(conceptId, { kind: 'measure', id }))}
            />
          </div>
        )}
      </div>
    </>
  );
}
