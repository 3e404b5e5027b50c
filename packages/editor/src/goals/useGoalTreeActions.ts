import { addGoal, type ChildrenPolicy, deleteGoal, moveGoal, updateGoal } from '@werkbank/concept';
import { useRef, useState } from 'react';
import type * as Y from 'yjs';
import type { ConceptAction } from '../common/useConceptAction.ts';
import { useT } from '../i18n/useT.ts';
import type { GoalMove } from './GoalMove.ts';
import { type DropZone, goalDropTarget } from './goalDropTarget.ts';
import { type GoalTarget, goalMoveTarget } from './goalMoveTarget.ts';
import type { GoalPlace } from './indexGoalTree.ts';

/** The tree's local UI state (who is renamed, dragged, deleted) and its writes through concept's verbs. */
export function useGoalTreeActions(
  doc: Y.Doc,
  places: Map<string, GoalPlace>,
  action: ConceptAction,
  focus: (id: string) => void,
  setExpanded: (id: string, expanded: boolean) => void,
  /** Who deletes, as the Papierkorb names them. */
  deleter = '',
) {
  const t = useT();
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const [drop, setDrop] = useState<{ id: string; zone: DropZone } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const dragged = useRef<string | null>(null);
  const titleOf = (id: string) => places.get(id)?.node.goal.title || t('common.untitled');

  function place(id: string, target: GoalTarget | null) {
    if (!target) return;
    if (!action.run(() => moveGoal(doc, id, target.parentId, target.index))) return;
    if (target.parentId) setExpanded(target.parentId, true);
    setAnnouncement(t('goal.moved', { title: titleOf(id) }));
    focus(id);
  }
  function add(parentId: string | null) {
    let id = '';
    const title = t('goal.newTitle');
    if (!action.run(() => (id = addGoal(doc, { title, parentId })))) return;
    if (parentId) setExpanded(parentId, true);
    setAnnouncement(t('goal.added', { title }));
    focus(id);
    setRenamingId(id);
  }
  function finishRename(id: string, title: string | null) {
    setRenamingId(null);
    const next = title?.trim();
    if (next && next !== places.get(id)?.node.goal.title)
      action.run(() => updateGoal(doc, id, { title: next }));
    focus(id);
  }
  function confirmDelete(policy: ChildrenPolicy, fallbackId: string | null) {
    const id = deletingId;
    setDeletingId(null);
    if (!id) return;
    const title = titleOf(id);
    if (action.run(() => deleteGoal(doc, id, policy, { by: deleter })))
      setAnnouncement(t('goal.deleted', { title }));
    if (fallbackId) focus(fallbackId);
  }
  return {
    renamingId,
    deletingId,
    drop,
    announcement,
    move: (id: string, move: GoalMove) => place(id, goalMoveTarget(places, id, move)),
    canMove: (id: string, move: GoalMove) => goalMoveTarget(places, id, move) !== null,
    add,
    startRename: setRenamingId,
    finishRename,
    requestDelete: setDeletingId,
    cancelDelete: () => {
      if (deletingId) focus(deletingId);
      setDeletingId(null);
    },
    confirmDelete,
    dragStart: (id: string) => {
      dragged.current = id;
    },
    /** Marks where the goal would land; false where it cannot go (the row then refuses the drop). */
    dragOver: (id: string, zone: DropZone) => {
      const accepted = dragged.current !== null && goalDropTarget(places, dragged.current, id, zone) !== null;
      if (!accepted) {
        if (drop) setDrop(null);
      } else if (drop?.id !== id || drop.zone !== zone) setDrop({ id, zone });
      return accepted;
    },
    dropOn: (targetId: string, zone: DropZone) => {
      const id = dragged.current;
      dragged.current = null;
      setDrop(null);
      if (id) place(id, goalDropTarget(places, id, targetId, zone));
    },
    dragEnd: () => {
      dragged.current = null;
      setDrop(null);
    },
  };
}
