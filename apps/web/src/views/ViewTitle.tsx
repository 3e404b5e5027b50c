import type { ReactNode } from 'react';

/** The view's top heading (focused after moving inside the app). */
export function ViewTitle({ children, hidden }: { children: ReactNode; hidden?: boolean }) {
  return <h1 className={hidden ? 'visually-hidden' : 'view-title'}>{children}</h1>;
}
