import { GoalDetail, GoalTreeEditor, useT } from '@werkbank/editor';
import { Link } from '../routing/Link.tsx';
import { navigate } from '../routing/navigate.ts';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useEditorUser } from '../workspace/useEditorUser.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { ChapterIntro } from './ChapterIntro.tsx';
import { useChapterOfKind } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';

/**
 * The goal tree beneath the text of the chapter it is placed in, or beside the details of the selected goal, under
 * that chapter's number and title with a link back to its introduction and guiding questions.
 */
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
      ) : place ? (
        // A goal's page keeps its chapter's number and title, and leads back to the introduction and Leitfragen.
        <>
          <ViewTitle>{`${place.number} ${place.chapter.title || t('common.untitled')}`}</ViewTitle>
          <p className="goals-intro-link">
            <Link href={routePath(conceptId, { kind: 'goals' })}>
              {t('web.goals.toIntro', { title: place.chapter.title || t('common.untitled') })}
            </Link>
          </p>
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
