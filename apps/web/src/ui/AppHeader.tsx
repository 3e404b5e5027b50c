import { useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { Link } from '../routing/Link.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { SkipLink } from './SkipLink.tsx';

/** The banner on every page: skip link, product name (home), page-specific tools, language. */
export function AppHeader({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <SkipLink />
      <header className="app-header">
        <Link href="/" className="brand">
          {t('web.app.name')}
        </Link>
        <div className="app-header-tools">{children}</div>
        <LanguageSwitch />
      </header>
    </>
  );
}
