import { useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { routePath } from '../routing/routePath.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { NavItem } from './NavItem.tsx';
import { useVisionWritten } from './useVisionWritten.ts';

/** The vision (Leitbild) in the structure, marked empty or written. */
export function VisionNavItem({ active, presence }: { active: boolean; presence: ReactNode }) {
  const t = useT();
  const { doc, conceptId } = useWorkspace();
  const written = useVisionWritten(doc);
  return (
    <NavItem
      href={routePath(conceptId, { kind: 'vision' })}
      label={t('vision.heading')}
      active={active}
      badge={written ? t('web.visionStatus.written') : t('web.visionStatus.empty')}
      badgeTone={written ? 'status-draft' : 'status-empty'}
      presence={presence}
    />
  );
}
