import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useGoalLevels } from '../hooks/useGoalLevels.ts';
import { useGoalTree } from '../hooks/useGoalTree.ts';
import { useMeasures } from '../hooks/useMeasures.ts';
import { useT } from '../i18n/useT.ts';
import { usePresenceByEntity } from '../presence/usePresenceByEntity.ts';
import { deleterName } from '../trash/deleterName.ts';
import { countDescendants } from './countDescendants.ts';
import { countMeasuresByGoal } from './countMeasuresByGoal.ts';
import { DeleteGoalDialog } from './DeleteGoalDialog.tsx';
import { focusAfterDelete } from './focusAfterDelete.ts';
import { GoalActions } from './GoalActions.tsx';
import { GoalLevelsEditor } from './GoalLevelsEditor.tsx';
import { GoalTreeContext, type GoalTreeState } from './GoalTreeContext.ts';
import { GoalTreeItem } from './GoalTreeItem.tsx';
import { handleGoalTreeKey } from './handleGoalTreeKey.ts';
import { indexGoalTree } from './indexGoalTree.ts';
import { useGoalTreeActions } from './useGoalTreeActions.ts';
import { visibleGoals } from './visibleGoals.ts';

/** Props of `GoalTreeEditor`. */
export interface GoalTreeEditorProps {
  doc: Y.Doc;
  editable: boolean;
  /** Opens a goal's details (Enter on a goal, or the Details button). */
  onOpenGoal?: (goalId: string) => void;
  /** The goal shown in the details pane, marked in the tree. */
  selectedGoalId?: string | null;
  awareness?: Awareness | null;
}

/**
 * The goal system as an ARIA tree, as many levels deep as the concept names (up to six, each with its name and
 * style): add, rename inline, move and re-parent by keyboard (Alt+arrows), by the actions toolbar or by drag and
 * drop, delete with a choice for sub-goals. Moves the concept refuses (cycles, below the deepest level) are
 * explained, never silently dropped. Below the tree, the levels themselves (`GoalLevelsEditor`).
 * @example <GoalTreeEditor doc={doc} editable onOpenGoal={(id) => navigate(`/goals/${id}`)} />
 */
export function GoalTreeEditor({
  doc,
  editable,
  onOpenGoal,
  selectedGoalId = null,
  awareness,
}: GoalTreeEditorProps) {
  const t = useT();
  const idPrefix = useId();
  const tree = useGoalTree(doc);
  const levels = useGoalLevels(doc);
  const measures = useMeasures(doc);
  const presence = usePresenceByEntity(awareness, 'goal');
  const places = useMemo(() => indexGoalTree(tree), [tree]);
  const allGoals = useMemo(() => [...places.values()].map((place) => place.node), [places]);
  const measureCounts = useMemo(() => countMeasuresByGoal(measures), [measures]);
  const [activeId, setActiveId] = useState<string | null>(selectedGoalId);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const focusPending = useRef(false);
  useEffect(() => {
    if (selectedGoalId) setActiveId(selectedGoalId);
  }, [selectedGoalId]);
  const action = useConceptAction();
  const active = activeId && places.has(activeId) ? activeId : (tree[0]?.goal.id ?? null);
  const visible = useMemo(() => visibleGoals(tree, collapsed), [tree, collapsed]);
  function focus(id: string) {
    setActiveId(id);
    focusPending.current = true;
  }
  function setExpanded(id: string, expanded: boolean) {
    setCollapsed((current) => {
      if (current.has(id) !== expanded) return current;
      const next = new Set(current);
      if (expanded) next.delete(id);
      else next.add(id);
      return next;
    });
  }
  const actions = useGoalTreeActions(doc, places, action, focus, setExpanded, deleterName(null, awareness));
  useEffect(() => {
    if (!focusPending.current || !active || actions.renamingId) return;
    focusPending.current = false;
    document.getElementById(`${idPrefix}-${active}`)?.focus();
  });
  const open = (id: string) => onOpenGoal?.(id);
  const state: GoalTreeState = {
    idPrefix,
    levels,
    editable,
    activeId: active,
    openId: selectedGoalId,
    collapsed,
    renamingId: actions.renamingId,
    drop: actions.drop,
    measureCounts,
    presence,
    activate: setActiveId,
    toggle: (id) => setExpanded(id, collapsed.has(id)),
    open,
    startRename: actions.startRename,
    finishRename: actions.finishRename,
    dragStart: actions.dragStart,
    dragOver: actions.dragOver,
    dropOn: actions.dropOn,
    dragEnd: actions.dragEnd,
  };
  const activeNode = active ? (places.get(active)?.node ?? null) : null;
  const deleting = actions.deletingId ? places.get(actions.deletingId) : undefined;
  return (
    <div className="wb-goal-tree">
      {editable && (
        <button type="button" onClick={() => actions.add(null)}>
          {t('goal.addRoot', { level: levels[0]?.singular ?? '' })}
        </button>
      )}
      <GoalActions
        node={activeNode}
        editable={editable}
        canMove={(move) => (active ? actions.canMove(active, move) : false)}
        onAddChild={() => active && actions.add(active)}
        onRename={() => active && actions.startRename(active)}
        onMove={(move) => active && actions.move(active, move)}
        onDelete={() => active && actions.requestDelete(active)}
        onOpen={() => active && open(active)}
      />
      <ErrorNote message={action.error} />
      {deleting && (
        <DeleteGoalDialog
          title={deleting.node.goal.title}
          descendants={countDescendants(deleting.node)}
          usersHere={presence.get(deleting.node.goal.id)}
          onConfirm={(policy) =>
            actions.confirmDelete(policy, focusAfterDelete(visible, deleting.node.goal.id))
          }
          onCancel={actions.cancelDelete}
        />
      )}
      <p id={`${idPrefix}-help`} className="wb-hint wb-keyboard-help">
        {t(editable ? 'goal.keyboardHelp' : 'goal.keyboardHelpReadOnly')}
      </p>
      {tree.length === 0 && (
        <p className="wb-hint">{t('goal.empty', { level: levels[0]?.singular ?? '' })}</p>
      )}
      {/* An empty role="tree" is invalid ARIA, so the tree appears with its first goal. */}
      {tree.length > 0 && (
        <GoalTreeContext.Provider value={state}>
          <div
            role="tree"
            aria-label={t('goal.tree')}
            aria-describedby={`${idPrefix}-help`}
            className="wb-tree"
            onKeyDown={(event) => {
              if (!active || event.target !== document.getElementById(`${idPrefix}-${active}`)) return;
              const handled = handleGoalTreeKey(event, {
                activeId: active,
                editable,
                visible,
                places,
                collapsed,
                focus,
                setExpanded,
                move: actions.move,
                open,
                rename: actions.startRename,
                remove: actions.requestDelete,
                // On the deepest level the concept refuses, and the message names that level.
                addChild: (id) => actions.add(id),
              });
              if (handled) event.preventDefault();
            }}
          >
            {/* Flat, with level, position and set size on each item (as ARIA allows): nested items would put
                their children's text into the parent's visible label, which its name cannot match. */}
            {visible.map((node) => {
              const place = places.get(node.goal.id);
              return (
                <GoalTreeItem
                  key={node.goal.id}
                  node={node}
                  posinset={(place?.index ?? 0) + 1}
                  setsize={place?.siblings.length ?? 1}
                />
              );
            })}
          </div>
        </GoalTreeContext.Provider>
      )}
      <p className="wb-visually-hidden" aria-live="polite">
        {actions.announcement}
      </p>
      <GoalLevelsEditor doc={doc} goals={allGoals} editable={editable} />
    </div>
  );
}
