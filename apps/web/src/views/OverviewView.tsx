import {
  countMessage,
  useChapters,
  useFieldsOfAction,
  useGoals,
  useMeasures,
  useMeta,
  useT,
} from '@werkbank/editor';
import { ChangesSinceLastVisit } from '../activity/ChangesSinceLastVisit.tsx';
import { WhereWeStand } from '../process/WhereWeStand.tsx';
import { Link } from '../routing/Link.tsx';
import { routePath } from '../routing/routePath.ts';
import { useConceptTemplate } from '../workspace/useConceptTemplate.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { type ChapterPlace, useChapterOfKind } from './useChapterOfKind.ts';
import { ViewTitle } from './ViewTitle.tsx';

/** The concept at a glance: what is written, what is planned, what needs a look. */
export function OverviewView() {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const meta = useMeta(doc);
  const chapters = useChapters(doc);
  const goals = useGoals(doc);
  const fields = useFieldsOfAction(doc);
  const measures = useMeasures(doc);
  const { template } = useConceptTemplate();
  const done = chapters.filter((c) => c.status === 'final').length;
  // The parts under the names and numbers the navigation gives them ("6 Ziele"), where a chapter holds them.
  const goalsPlace = useChapterOfKind('goals');
  const measuresPlace = useChapterOfKind('measures');
  const name = (place: ChapterPlace | undefined, fallback: string) =>
    place ? `${place.number} ${place.chapter.title || t('common.untitled')}` : fallback;
  return (
    <>
      <ViewTitle>{meta.title || t('web.overview.title')}</ViewTitle>
      <p className="lead">
        {[meta.territory, meta.programme, meta.fundingPeriod].filter(Boolean).join(' · ')}
      </p>
      <p className="muted">{t('web.overview.intro')}</p>
      {template && <WhereWeStand template={template} />}
      <ChangesSinceLastVisit />
      <ul className="overview-cards">
        <li className="card">
          <Link
            href={
              chapters[0]
                ? routePath(conceptId, { kind: 'chapter', id: chapters[0].id })
                : routePath(conceptId)
            }
          >
            {t('web.nav.chapters')}
          </Link>
          <span>{t('web.overview.chapters', { done, total: chapters.length })}</span>
        </li>
        <li className="card">
          <Link href={routePath(conceptId, { kind: 'goals' })}>{name(goalsPlace, t('goal.tree'))}</Link>
          <span>{countMessage(t, 'web.overview.goals', goals.length)}</span>
        </li>
        <li className="card">
          <Link href={routePath(conceptId, { kind: 'measures' })}>
            {name(measuresPlace, t('web.nav.measures'))}
          </Link>
          <span>
            {[
              countMessage(t, 'web.overview.measures', measures.length),
              countMessage(t, 'web.overview.inFields', fields.length),
            ]
              .filter(Boolean)
              .join(' ')}
          </span>
        </li>
      </ul>
    </>
  );
}
