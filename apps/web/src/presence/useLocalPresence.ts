import { useEffect } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { WorkspaceView } from '../routing/Route.ts';
import type { Profile } from '../storage/profile.ts';
import { locationOfView } from './locationOfView.ts';

/** Publishes this person's name, colour and current place to the others (awareness). */
export function useLocalPresence(awareness: Awareness, profile: Profile | null, view: WorkspaceView): void {
  useEffect(() => {
    if (profile) awareness.setLocalStateField('user', { name: profile.name, color: profile.color });
  }, [awareness, profile]);
  const location = locationOfView(view);
  const locationKey = location ? `${location.kind}:${location.id ?? ''}` : '';
  // biome-ignore lint/correctness/useExhaustiveDependencies: locationKey stands for location's content
  useEffect(() => {
    awareness.setLocalStateField('location', location);
  }, [awareness, locationKey]);
}
