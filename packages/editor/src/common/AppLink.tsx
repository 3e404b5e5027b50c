import type { MouseEvent, ReactNode } from 'react';

/** Props of `AppLink`. */
export interface AppLinkProps {
  href: string;
  /** Opens the target inside the app; a click with a modifier key or another button opens a tab as usual. */
  onOpen: () => void;
  children: ReactNode;
  className?: string;
  'aria-label'?: string;
}

/** A real link (copyable, opens in a new tab) that moves inside the app on a plain click. */
export function AppLink({ href, onOpen, children, ...rest }: AppLinkProps) {
  function onClick(event: MouseEvent) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onOpen();
  }
  return (
    <a href={href} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
