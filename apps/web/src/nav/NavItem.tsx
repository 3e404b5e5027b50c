import { memo } from 'react';
import { Link } from '../routing/Link.tsx';
import { NavLinkContent, type NavLinkContentProps } from './NavLinkContent.tsx';

interface NavItemProps extends NavLinkContentProps {
  href: string;
  active: boolean;
}

/** One link in the concept's structure; the current part is marked for assistive technology. */
export const NavItem = memo(function NavItem({ href, active, ...content }: NavItemProps) {
  return (
    <li className="nav-item">
      <Link href={href} aria-current={active ? 'page' : undefined} className="nav-link">
        <NavLinkContent {...content} />
      </Link>
    </li>
  );
});
