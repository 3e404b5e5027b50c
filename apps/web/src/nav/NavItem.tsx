import { memo, type ReactNode } from 'react';
import { Link } from '../routing/Link.tsx';

interface NavItemProps {
  href: string;
  label: string;
  active: boolean;
  /** A short state (status, count) shown after the label. */
  badge?: ReactNode;
  badgeTone?: string;
  presence?: ReactNode;
  prefix?: string;
}

/** One link in the concept's structure; the current part is marked for assistive technology. */
export const NavItem = memo(function NavItem({
  href,
  label,
  active,
  badge,
  badgeTone,
  presence,
  prefix,
}: NavItemProps) {
  return (
    <li className="nav-item">
      <Link href={href} aria-current={active ? 'page' : undefined} className="nav-link">
        {/* The spaces keep the accessible name readable ("1 Ausgangslage Entwurf"); flex layout ignores them. */}
        {prefix && <span className="nav-prefix">{prefix}</span>} <span className="nav-label">{label}</span>{' '}
        {presence} {badge !== undefined && <span className={`nav-badge ${badgeTone ?? ''}`}>{badge}</span>}
      </Link>
    </li>
  );
});
