import { useT } from '@werkbank/editor';

/** The first focusable element: jumps over header and navigation to the main content. */
export function SkipLink() {
  const t = useT();
  return (
    <a className="skip-link" href="#main">
      {t('web.skipLink')}
    </a>
  );
}
