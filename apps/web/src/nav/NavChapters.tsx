import { type ChapterJSON, type Light, numberedDocumentParts, type StructuredPart } from '@werkbank/concept';
import { type PresenceUser, useActors, useChapters, useMeasureHeads, useT } from '@werkbank/editor';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { NavFields } from './NavFields.tsx';
import { NavGoals } from './NavGoals.tsx';
import { NavGroup } from './NavGroup.tsx';
import type { NavIntro } from './NavIntro.ts';
import { NavItem } from './NavItem.tsx';
import { PresenceDots } from './PresenceDots.tsx';
import { VisionNavItem } from './VisionNavItem.tsx';

interface NavChaptersProps {
  view: WorkspaceView;
  presence: Map<string, PresenceUser[]>;
}

// One entry per part: the sheets and the matrix belong to the measures' entry; participation without a chapter
// of its own is the workshops' entry.
const LISTED = (part: StructuredPart) => part !== 'measureSheets' && part !== 'matrix';

/**
 * The concept's parts once each, in the document's order and numbering (`numberedDocumentParts`): the chapters with their status, and
 * in the place of a structured chapter (Leitbild, Ziele, Handlungsfelder, Maßnahmen, Akteur*innen) one entry with
 * its number and title that shows the part's state. A part no chapter holds keeps an entry of its own.
 */
export function NavChapters({ view, presence }: NavChaptersProps) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const chapters = useChapters(doc);
  const actors = useActors(doc);
  const measures = useMeasureHeads(doc);
  const done = chapters.filter((c) => c.status === 'final').length;
  const introOf = (chapter: Light<ChapterJSON> | undefined, number = ''): NavIntro | undefined =>
    chapter && { chapterId: chapter.id, prefix: number, title: chapter.title || t('common.untitled') };
  const here = (key: string, intro?: NavIntro) => [
    ...(presence.get(key) ?? []),
    ...(intro ? (presence.get(`chapter:${intro.chapterId}`) ?? []) : []),
  ];
  const on = (kind: WorkspaceView['kind'], intro?: NavIntro) =>
    view.kind === kind || (!!intro && view.kind === 'chapter' && view.id === intro.chapterId);
  return (
    <NavGroup
      id="chapters"
      title={t('web.nav.chapters')}
      defaultExpanded
      badge={`${done}/${chapters.length}`}
    >
      {numberedDocumentParts(chapters, LISTED).map((step) => {
        const chapter = step.part === 'chapter' ? step.chapter : step.intro;
        const intro = step.part === 'chapter' ? undefined : introOf(step.intro, step.number);
        switch (step.part) {
          case 'vision':
            return (
              <VisionNavItem
                key="vision"
                intro={intro}
                active={on('vision', intro)}
                presence={<PresenceDots users={here('vision:', intro)} />}
              />
            );
          case 'goals':
            return <NavGoals key="goals" view={view} presence={presence} intro={intro} />;
          case 'fieldsOfAction':
            return <NavFields key="fields" view={view} presence={presence} intro={intro} />;
          case 'measuresOverview':
            return (
              <NavItem
                key="measures"
                href={routePath(conceptId, { kind: 'measures' })}
                prefix={intro?.prefix}
                label={intro?.title ?? t('web.nav.measures')}
                active={on('measures', intro)}
                badge={measures.length}
                presence={<PresenceDots users={here('table:', intro)} />}
              />
            );
          case 'actors':
            return (
              <NavItem
                key="actors"
                href={routePath(conceptId, { kind: 'actors' })}
                prefix={intro?.prefix}
                label={intro?.title ?? t('actor.heading')}
                active={on('actors', intro)}
                badge={actors.length}
                presence={<PresenceDots users={here('actors:', intro)} />}
              />
            );
          default:
            // A chapter of its own, or the participation chapter (its page shows the workshops beneath).
            if (!chapter) return null;
            return (
              <NavItem
                key={chapter.id}
                href={routePath(conceptId, { kind: 'chapter', id: chapter.id })}
                prefix={step.number}
                label={chapter.title || t('common.untitled')}
                active={view.kind === 'chapter' && view.id === chapter.id}
                badge={t(`chapter.status.${chapter.status}`)}
                badgeTone={`status-${chapter.status}`}
                presence={<PresenceDots users={presence.get(`chapter:${chapter.id}`)} />}
              />
            );
        }
      })}
    </NavGroup>
  );
}
