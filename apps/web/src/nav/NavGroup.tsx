import { useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { Link } from '../routing/Link.tsx';
import { useSession } from '../session/useSession.ts';
import { NavLinkContent, type NavLinkContentProps } from './NavLinkContent.tsx';

interface NavGroupProps extends Omit<NavLinkContentProps, 'label'> {
  id: string;
  title: string;
  /** Whether it is open before the person folds it either way. */
  defaultExpanded: boolean;
  href?: string;
  active?: boolean;
  /** Shown instead of `presence` while folded, e.g. everyone in the hidden parts too. */
  collapsedPresence?: ReactNode;
  className?: string;
  children: ReactNode;
}

/** A foldable part of the structure (chapters, goals with sub-goals, fields of action, one field's measures). */
export function NavGroup({
  id,
  title,
  defaultExpanded,
  href,
  active,
  presence,
  collapsedPresence,
  className,
  children,
  ...content
}: NavGroupProps) {
  const t = useT();
  const expanded = useSession((s) => s.navExpanded[id] ?? defaultExpanded);
  const setExpanded = useSession((s) => s.setNavExpanded);
  const listId = `nav-group-${id.replace(/[^\w-]/g, '_')}`;
  const inside = (
    <NavLinkContent
      label={title}
      presence={expanded ? presence : (collapsedPresence ?? presence)}
      {...content}
    />
  );
  return (
    <li className={`nav-group ${expanded ? 'expanded' : ''} ${className ?? ''}`}>
      <div className="nav-group-head">
        <button
          type="button"
          className="nav-fold"
          aria-expanded={expanded}
          aria-controls={expanded ? listId : undefined}
          aria-label={expanded ? t('web.nav.collapse', { title }) : t('web.nav.expand', { title })}
          onClick={() => setExpanded(id, !expanded)}
        >
          <span aria-hidden="true" className="nav-chevron" />
        </button>
        {href ? (
          <Link href={href} aria-current={active ? 'page' : undefined} className="nav-link">
            {inside}
          </Link>
        ) : (
          <span className="nav-link nav-heading">{inside}</span>
        )}
      </div>
      {expanded && (
        <ul id={listId} className="nav-list">
          {children}
        </ul>
      )}
    </li>
  );
}
