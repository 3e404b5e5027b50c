import { type GoalJSON, type GoalNode, goalLevelName, type Light } from '@werkbank/concept';
import { type CSSProperties, type DragEvent, useContext } from 'react';
import { countMessage } from '../i18n/countMessage.ts';
import { useT } from '../i18n/useT.ts';
import { PresenceInitials } from '../presence/PresenceInitials.tsx';
import { GoalTitleInput } from './GoalTitleInput.tsx';
import { GoalTreeContext } from './GoalTreeContext.ts';
import { dropZoneAt } from './goalDropTarget.ts';

/** Props of `GoalTreeItem`. */
export interface GoalTreeItemProps {
  node: GoalNode<Light<GoalJSON>>;
  posinset: number;
  setsize: number;
}

const DRAG_TYPE = 'application/x-werkbank-goal';

/**
 * One goal in the tree (treeitem), indented by its level and marked with the level's name and style; its
 * sub-goals follow as items of their own.
 * Draggable and a drop target when editable.
 */
export function GoalTreeItem({ node, posinset, setsize }: GoalTreeItemProps) {
  const t = useT();
  const tree = useContext(GoalTreeContext);
  if (!tree) throw new Error('GoalTreeItem outside GoalTreeEditor');
  const { id, title } = node.goal;
  const domId = `${tree.idPrefix}-${id}`;
  const hasChildren = node.children.length > 0;
  const expanded = hasChildren ? !tree.collapsed.has(id) : undefined;
  const renaming = tree.renamingId === id;
  const zone = tree.drop?.id === id ? tree.drop.zone : undefined;
  const canDrag = tree.editable && !renaming;
  function over(event: DragEvent) {
    if (!tree?.editable) return;
    event.stopPropagation();
    // Not cancelling the event refuses the drop: the browser shows that it cannot go there.
    if (tree.dragOver(id, dropZoneAt(event.clientY, event.currentTarget.getBoundingClientRect()))) {
      event.preventDefault();
    }
  }
  return (
    <div
      id={domId}
      role="treeitem"
      aria-level={node.depth + 1}
      aria-expanded={expanded}
      aria-selected={tree.activeId === id}
      aria-setsize={setsize}
      aria-posinset={posinset}
      // The name is what the row shows (number, title, level, measures), so speech input can use the visible words.
      aria-labelledby={`${domId}-label ${domId}-meta`}
      tabIndex={tree.activeId === id ? 0 : -1}
      className={`wb-goal wb-goal--level-${Math.min(node.depth, 5)}`}
      style={{ '--wb-goal-depth': node.depth } as CSSProperties}
      data-open={tree.openId === id || undefined}
      onFocus={(event) => {
        if (event.target === event.currentTarget) tree.activate(id);
      }}
    >
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the treeitem carries the keyboard interaction; this row adds mouse and drag */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: every click action has a key on the treeitem (focus, F2) */}
      <div
        className="wb-goal__row"
        data-drop={zone}
        draggable={canDrag}
        onClick={() => tree.activate(id)}
        onDoubleClick={() => tree.editable && tree.startRename(id)}
        onDragStart={(event) => {
          event.stopPropagation();
          event.dataTransfer?.setData(DRAG_TYPE, id);
          if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
          tree.dragStart(id);
        }}
        onDragOver={over}
        onDragEnter={over}
        onDrop={(event) => {
          event.preventDefault();
          event.stopPropagation();
          tree.dropOn(id, dropZoneAt(event.clientY, event.currentTarget.getBoundingClientRect()));
        }}
        onDragEnd={tree.dragEnd}
      >
        {hasChildren ? (
          <span className="wb-goal__twisty" aria-hidden="true" onClick={() => tree.toggle(id)}>
            {expanded ? '▾' : '▸'}
          </span>
        ) : (
          <span className="wb-goal__twisty" aria-hidden="true" />
        )}
        <span id={`${domId}-label`} className="wb-goal__label">
          <span className="wb-goal__number">{node.number}</span>{' '}
          {renaming ? (
            <GoalTitleInput initial={title} onDone={(value) => tree.finishRename(id, value)} />
          ) : (
            <span className="wb-goal__title">{title || t('common.untitled')}</span>
          )}
        </span>{' '}
        <span id={`${domId}-meta`} className="wb-goal__meta">
          <span className={`wb-badge wb-badge--level wb-badge--level-${Math.min(node.depth, 5)}`}>
            {goalLevelName(tree.levels, node.depth)}
          </span>
          {node.level === 'handlungsziel' && (
            <>
              {' · '}
              <span>{countMessage(t, 'goal.measureCount', tree.measureCounts.get(id) ?? 0)}</span>
            </>
          )}
        </span>
        <PresenceInitials users={tree.presence.get(id) ?? []} />
      </div>
    </div>
  );
}
