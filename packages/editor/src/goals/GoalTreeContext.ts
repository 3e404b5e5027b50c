import type { GoalLevelName } from '@werkbank/concept';
import { createContext } from 'react';
import type { PresenceUser } from '../presence/PresenceUser.ts';
import type { DropZone } from './goalDropTarget.ts';

/** Shared state and handlers of one goal tree, so each row needs only its node. */
export interface GoalTreeState {
  idPrefix: string;
  /** The concept's goal level names, for each row's level badge. */
  levels: readonly GoalLevelName[];
  editable: boolean;
  activeId: string | null;
  openId: string | null;
  collapsed: ReadonlySet<string>;
  renamingId: string | null;
  drop: { id: string; zone: DropZone } | null;
  measureCounts: ReadonlyMap<string, number>;
  presence: ReadonlyMap<string, PresenceUser[]>;
  activate: (id: string) => void;
  toggle: (id: string) => void;
  open: (id: string) => void;
  startRename: (id: string) => void;
  finishRename: (id: string, title: string | null) => void;
  dragStart: (id: string) => void;
  /** Whether the dragged goal may be dropped there. */
  dragOver: (id: string, zone: DropZone) => boolean;
  dropOn: (id: string, zone: DropZone) => void;
  dragEnd: () => void;
}

/** Set by `GoalTreeEditor` for its rows. */
export const GoalTreeContext = createContext<GoalTreeState | null>(null);
