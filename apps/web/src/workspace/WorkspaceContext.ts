import { createContext, useContext } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Role } from '../storage/RecentConcept.ts';

/** What every part of the workspace needs: the live document and what this person may do. */
export interface WorkspaceValue {
  conceptId: string;
  token: string;
  role: Role;
  editable: boolean;
  doc: Y.Doc;
  awareness: Awareness;
}

/** The open concept's workspace. */
export const WorkspaceContext = createContext<WorkspaceValue | null>(null);

/** The open concept's workspace; throws outside a workspace, where it is a bug. */
export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace outside <WorkspaceContext>');
  return value;
}
