import { useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../ui/LanguageSwitch.tsx';
import { SkipLink } from '../ui/SkipLink.tsx';

/** The participant page's banner: no way into the app, only the product, the connection and the language. */
export function ParticipateHeader({ children }: { children?: ReactNode }) {
  const t = useT();
  return (
    <>
      <SkipLink />
      <header className="participate-header">
        <span className="participate-brand">{t('web.participate.brand')}</span>
        <span className="participate-header-tools">{children}</span>
        <LanguageSwitch />
      </header>
    </>
  );
}
