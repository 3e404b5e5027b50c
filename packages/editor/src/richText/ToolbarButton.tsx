import type { ReactNode } from 'react';
import { useT } from '../i18n/useT.ts';

/** Props of `ToolbarButton`. */
export interface ToolbarButtonProps {
  label: string;
  onClick: () => void;
  /** Toggle buttons report their state; plain actions leave it undefined. */
  pressed?: boolean;
  disabled?: boolean;
  /** The key pressed with Ctrl/Cmd, e.g. `B` or `Shift+Z`. */
  shortcut?: string;
  children: ReactNode;
}

/** A toolbar button that keeps the editor's selection (no focus steal on mouse down). */
export function ToolbarButton({ label, onClick, pressed, disabled, shortcut, children }: ToolbarButtonProps) {
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
      <span aria-hidden="true">{children}</span>
    </button>
  );
}
