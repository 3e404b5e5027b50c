import { Icon } from '../common/Icon.tsx';
import type { IconName } from '../common/iconPaths.ts';
import { useT } from '../i18n/useT.ts';

/** Props of `ToolbarButton`. */
export interface ToolbarButtonProps {
  /** The accessible name, also shown as the tooltip. */
  label: string;
  icon: IconName;
  /** A short word shown beside the icon; it must be part of `label` (WCAG 2.5.3 Label in Name). */
  text?: string;
  onClick: () => void;
  /** Toggle buttons report their state; plain actions leave it undefined. */
  pressed?: boolean;
  disabled?: boolean;
  /** The key pressed with Ctrl/Cmd, e.g. `B` or `Shift+Z`. */
  shortcut?: string;
}

/** A toolbar button that keeps the editor's selection (no focus steal on mouse down). */
export function ToolbarButton({
  label,
  icon,
  text,
  onClick,
  pressed,
  disabled,
  shortcut,
}: ToolbarButtonProps) {
  const t = useT();
  return (
    <button
      type="button"
      className="wb-rte__button"
      data-roving=""
      aria-label={label}
      title={shortcut ? `${label} (${t('rte.modKey')}+${shortcut})` : label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut ? `Control+${shortcut}` : undefined}
      disabled={disabled}
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      <Icon name={icon} />
      {text}
    </button>
  );
}
