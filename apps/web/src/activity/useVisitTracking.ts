import { useEffect, useRef } from 'react';
import type * as Y from 'yjs';
import type { Profile } from '../storage/profile.ts';
import { deviceId } from './deviceId.ts';
import { markSeen, startVisit } from './lastVisit.ts';
import { recordLocalEdits } from './recordLocalEdits.ts';

// While the workspace is open, "last seen" moves along, so that closing the tab any way leaves a recent time.
const SEEN_EVERY_MS = 60_000;

/**
 * Fixes the previous visit for this tab, keeps "last seen" current while the concept is open, and records
 * which parts this person edits (when they may edit and have a name).
 */
export function useVisitTracking(
  conceptId: string,
  doc: Y.Doc,
  profile: Profile | null,
  editable: boolean,
): void {
  const profileRef = useRef(profile);
  profileRef.current = profile;

  useEffect(() => {
    startVisit(conceptId);
    markSeen(conceptId);
    const timer = setInterval(() => markSeen(conceptId), SEEN_EVERY_MS);
    const onHide = () => markSeen(conceptId);
    window.addEventListener('pagehide', onHide);
    return () => {
      clearInterval(timer);
      window.removeEventListener('pagehide', onHide);
      markSeen(conceptId);
    };
  }, [conceptId]);

  useEffect(() => {
    if (!editable) return;
    const device = deviceId();
    return recordLocalEdits(doc, () => {
      const name = profileRef.current?.name;
      return name ? { name, device } : null;
    });
  }, [doc, editable]);
}
