import { useLocale, useT } from '@werkbank/editor';
import { useCallback, useEffect, useState } from 'react';
import { listShareLinks, revokeShareLink, type ShareLink } from '../api/shareLinks.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { Modal } from '../ui/Modal.tsx';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { CreateLinkForm } from './CreateLinkForm.tsx';
import { LinkList } from './LinkList.tsx';
import { OwnerLinkSafekeeping } from './OwnerLinkSafekeeping.tsx';

/** The owner's sharing: new owner/editor/viewer links, the list of links with revoke, their own link to keep. */
export function ShareDialog({ title, onClose }: { title: string; onClose(): void }) {
  const t = useT();
  const locale = useLocale();
  const { conceptId, token } = useWorkspace();
  const [links, setLinks] = useState<ShareLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);

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
        <section aria-labelledby="share-own-title">
          <h3 id="share-own-title">{t('web.ownerLink.title')}</h3>
          <OwnerLinkSafekeeping
            conceptId={conceptId}
            token={token}
            title={title}
            label={t('web.share.ownerLink')}
            hint={t('web.share.ownerLinkHint')}
          />
        </section>
      </div>
    </Modal>
  );
}
