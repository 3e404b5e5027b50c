import type { RecentConcept } from '../storage/RecentConcept.ts';
import { KeepOwnerLinkStep } from './KeepOwnerLinkStep.tsx';
import { LinkChoiceNotice } from './LinkChoiceNotice.tsx';

/** What the person should know about their links, before the concept itself. */
export function WorkspaceNotices({ entry }: { entry: RecentConcept }) {
  return (
    <>
      <LinkChoiceNotice entry={entry} />
      {entry.keepLinkSafe && entry.role === 'owner' && <KeepOwnerLinkStep entry={entry} />}
    </>
  );
}
