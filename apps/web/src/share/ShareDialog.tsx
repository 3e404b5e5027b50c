import { useLocale, useT } from '@werkbank/editor';
import { useCallback, useEffect, useState } from 'react';
import { listShareLinks, revokeShareLink, type ShareLink } from '../api/shareLinks.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { conceptLink } from '../links/conceptLink.ts';
import { Modal } from '../ui/Modal.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { CopyField } from './CopyField.tsx';
import { CreateLinkForm } from './CreateLinkForm.tsx';
import { LinkList } from './LinkList.tsx';

/** The owner's sharing: their own link, new editor/viewer links, the list of links with revoke. */
export function ShareDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const locale = useLocale();
  const { conceptId, token } = useWorkspace();
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const origin = window.location.origin;

  const reload = useCallback(async () => {
    try {
      setLinks(await listShareLinks(conceptId, token));
    } catch (e) {
      setError(t('web.share.failed', { message: errorMessage(e, t, locale) }));
    }
  }, [conceptId, token, t, locale]);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function revoke(link: ShareLink) {
    const label = link.label || t('web.share.unlabelled');
    if (!window.confirm(t('web.share.revokeConfirm', { label }))) return;
    try {
      await revokeShareLink(conceptId, token, link.id);
      await reload();
    } catch (e) {
      setError(t('web.share.failed', { message: errorMessage(e, t, locale) }));
    }
  }

  return (
    <Modal title={t('web.share.title')} onClose={onClose} className="share-dialog">
      <div className="stack">
        <p className="muted">{t('web.share.intro')}</p>
        <CreateLinkForm onCreated={reload} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <section aria-labelledby="share-list-title">
          <h3 id="share-list-title">{t('web.share.list')}</h3>
          <LinkList links={links} onRevoke={revoke} />
        </section>
        <CopyField
          label={t('web.share.ownerLink')}
          value={conceptLink(origin, conceptId, token)}
          hint={t('web.share.ownerLinkHint')}
        />
      </div>
    </Modal>
  );
}
