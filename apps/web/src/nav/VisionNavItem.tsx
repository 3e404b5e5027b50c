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
 * title and status once the chapter has one of its own (a status a person set, or text in its introduction).
 */
export function VisionNavItem({ active, presence, intro }: VisionNavItemProps) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const written = useVisionWritten(doc);
  const chapter = useChapter(doc, intro?.chapterId ?? '');
  const status = chapter && chapter.status !== 'empty' ? chapter.status : undefined;
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
