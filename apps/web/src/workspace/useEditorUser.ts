import type { EditorUser } from '@werkbank/editor';
import { useMemo } from 'react';
import { useSession } from '../session/useSession.ts';

const GUEST: EditorUser = { name: '…', color: '#525a66' };

/** This person as carets and presence show them (before the first visit's dialog: a neutral guest). */
export function useEditorUser(): EditorUser {
  const profile = useSession((s) => s.profile);
  return useMemo(() => (profile ? { name: profile.name, color: profile.color } : GUEST), [profile]);
}
