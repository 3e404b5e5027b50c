import { type PresenceUser, useChapters, useT } from '@werkbank/editor';
import type { WorkspaceView } from '../routing/Route.ts';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { NavGroup } from './NavGroup.tsx';
import { NavItem } from './NavItem.tsx';
import { PresenceDots } from './PresenceDots.tsx';

interface NavChaptersProps {
  view: WorkspaceView;
  presence: Map<string, PresenceUser[]>;
}

/** The chapters in order, each with its status (empty, draft, in review, final). */
export function NavChapters({ view, presence }: NavChaptersProps) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const chapters = useChapters(doc);
  const done = chapters.filter((c) => c.status === 'final').length;
  return (
    <NavGroup
      id="chapters"
      title={t('web.nav.chapters')}
      defaultExpanded
      badge={`${done}/${chapters.length}`}
    >
      {chapters.map((c, index) => (
        <NavItem
          key={c.id}
          href={routePath(conceptId, { kind: 'chapter', id: c.id })}
          prefix={`${index + 1}`}
          label={c.title || t('common.untitled')}
          active={view.kind === 'chapter' && view.id === c.id}
          badge={t(`chapter.status.${c.status}`)}
          badgeTone={`status-${c.status}`}
          presence={<PresenceDots users={presence.get(`chapter:${c.id}`)} />}
        />
      ))}
    </NavGroup>
  );
}
