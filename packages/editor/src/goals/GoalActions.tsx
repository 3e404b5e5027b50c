import type { GoalJSON, GoalNode, Light } from '@werkbank/concept';
import { useRef } from 'react';
import { Icon } from '../common/Icon.tsx';
import type { IconName } from '../common/iconPaths.ts';
import { useRovingFocus } from '../common/useRovingFocus.ts';
import { useT } from '../i18n/useT.ts';
import type { GoalMove } from './GoalMove.ts';

/** Props of `GoalActions`. */
export interface GoalActionsProps {
  node: GoalNode<Light<GoalJSON>> | null;
  editable: boolean;
  canMove: (move: GoalMove) => boolean;
  onAddChild: () => void;
  onRename: () => void;
  onMove: (move: GoalMove) => void;
  onDelete: () => void;
  onOpen: () => void;
}

/** A toolbar acting on the selected goal: the mouse and Tab route to what the tree's shortcuts do. */
export function GoalActions({
  node,
  editable,
  canMove,
  onAddChild,
  onRename,
  onMove,
  onDelete,
  onOpen,
}: GoalActionsProps) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  const onKeyDown = useRovingFocus(ref);
  if (!node) return <p className="wb-hint">{t('goal.noneSelected')}</p>;
  const title = node.goal.title || t('common.untitled');
  // `text` is part of `label`, so what a button shows is part of its name (WCAG 2.5.3); icons are not text.
  const button = (label: string, text: string, onClick: () => void, disabled = false, icon?: IconName) => (
    <button
      type="button"
      data-roving=""
      aria-label={label}
      title={label}
      disabled={disabled}
      onClick={onClick}
    >
      {icon && <Icon name={icon} />}
      {text}
    </button>
  );
  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label={t('goal.actions')}
      className="wb-goal-actions"
      onKeyDown={onKeyDown}
    >
      {button(t('goal.open', { title }), t('goal.btn.open'), onOpen)}
      {editable && (
        <>
          {button(
            t('goal.addChild', { title }),
            t('goal.btn.addChild'),
            onAddChild,
            node.level === 'handlungsziel',
            'plus',
          )}
          {button(t('goal.rename', { title }), t('goal.btn.rename'), onRename)}
          {button(
            t('goal.moveUp', { title }),
            t('goal.btn.up'),
            () => onMove('up'),
            !canMove('up'),
            'arrowUp',
          )}
          {button(
            t('goal.moveDown', { title }),
            t('goal.btn.down'),
            () => onMove('down'),
            !canMove('down'),
            'arrowDown',
          )}
          {button(
            t('goal.outdent', { title }),
            t('goal.btn.outdent'),
            () => onMove('outdent'),
            !canMove('outdent'),
            'arrowLeft',
          )}
          {button(
            t('goal.indent', { title }),
            t('goal.btn.indent'),
            () => onMove('indent'),
            !canMove('indent'),
            'arrowRight',
          )}
          {button(t('goal.delete', { title }), t('goal.btn.delete'), onDelete)}
        </>
      )}
    </div>
  );
}
