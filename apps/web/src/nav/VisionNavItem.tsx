import { shownChapterStatus } from '@werkbank/concept';
import { useChapter, useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import type { NavIntro } from './NavIntro.ts';
import { NavItem } from './NavItem.tsx';
import { useVisionWritten } from './useVisionWritten.ts';

interface VisionNavItemProps {
  active: boolean;
  presence: ReactNode;
  /** The chapter the Leitbild is placed in. */
  intro?: NavIntro | undefined;
}

/**
 * The vision (Leitbild) in the structure, marked empty or written; in its chapter's place with that chapter's number,
 * title and status as the chapter's page shows it (`shownChapterStatus`: at least "Entwurf" once the Leitbild has text).
 */
export function VisionNavItem({ active, presence, intro }: VisionNavItemProps) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const written = useVisionWritten(doc);
  const chapter = useChapter(doc, intro?.chapterId ?? '');
  // In a chapter's place the badge says what the chapter's "Bearbeitungsstand" says.
  const status = chapter ? shownChapterStatus(chapter.status, written) : undefined;
  return (
    <NavItem
      href={routePath(conceptId, { kind: 'vision' })}
      prefix={intro?.prefix}
      label={intro?.title ?? t('vision.heading')}
      active={active}
      badge={
        status
          ? t(`chapter.status.${status}`)
          : written
            ? t('web.visionStatus.written')
            : t('web.visionStatus.empty')
      }
      badgeTone={status ? `status-${status}` : written ? 'status-draft' : 'status-empty'}
      presence={presence}
    />
  );
}
