import { useT } from '@werkbank/editor';
import type { ReactNode } from 'react';
import { Link } from '../routing/Link.tsx';
import { AppHeader } from './AppHeader.tsx';

interface MessagePageProps {
  title: string;
  children?: ReactNode;
}

/** A whole page that says one thing (refused link, unknown address) and leads back to the start. */
export function MessagePage({ title, children }: MessagePageProps) {
  const t = useT();
  return (
    <>
      <AppHeader />
      <main id="main" tabIndex={-1} className="message-page">
        <h1>{title}</h1>
        {children}
        <p>
          <Link href="/">{t('web.backToStart')}</Link>
        </p>
      </main>
    </>
  );
}
