import { useT } from '@werkbank/editor';
import { MessagePage } from './MessagePage.tsx';

/** The page for an address the app does not know. */
export function NotFoundPage() {
  const t = useT();
  return (
    <MessagePage title={t('web.notFound.title')}>
      <p>{t('web.notFound.body')}</p>
    </MessagePage>
  );
}
