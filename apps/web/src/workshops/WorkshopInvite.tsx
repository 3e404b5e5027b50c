import type { WorkshopJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { useCallback, useEffect, useId, useState } from 'react';
import { revokeShareLink } from '../api/shareLinks.ts';
import { createWorkshopLink, listWorkshopLinks, type WorkshopLink } from '../api/workshopLinks.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import {
  forgetWorkshopLink,
  readWorkshopLinkTokens,
  rememberWorkshopLink,
} from '../storage/workshopLinkTokens.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { InviteLinkPanel } from './InviteLinkPanel.tsx';
import { workshopUrls } from './workshopUrls.ts';

/**
 * "Einladen": the owner creates the workshop's participant link, shows it with a QR code, prints a handout,
 * opens the wall, and closes the link, which stops input at once. Editors learn that only owners can.
 */
export function WorkshopInvite({ workshop }: { workshop: WorkshopJSON }) {
  const t = useT();
  const locale = useLocale();
  const id = useId();
  const { conceptId, token, role } = useWorkspace();
  const [links, setLinks] = useState<WorkshopLink[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const owner = role === 'owner';
  const fail = useCallback(
    (e: unknown) => setError(t('web.workshop.failed', { message: errorMessage(e, t, locale) })),
    [t, locale],
  );
  const reload = useCallback(async () => {
    try {
      setLinks(await listWorkshopLinks(conceptId, token, workshop.id));
    } catch (e) {
      fail(e);
    }
  }, [conceptId, token, workshop.id, fail]);
  useEffect(() => {
    if (owner) void reload();
  }, [owner, reload]);

  async function create() {
    setBusy(true);
    setError(null);
    try {
      const label = t('web.workshop.linkLabel', { title: workshop.title || t('common.untitled') });
      const link = await createWorkshopLink(conceptId, token, { workshopId: workshop.id, label });
      const urls = workshopUrls(window.location.origin, conceptId, workshop.id, link.token);
      rememberWorkshopLink(link.id, { token: link.token, url: link.link ?? urls.participate });
      setNotice(t('web.workshop.created'));
      await reload();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }
  async function revoke(link: WorkshopLink) {
    if (!window.confirm(t('web.workshop.revokeConfirm'))) return;
    setError(null);
    try {
      await revokeShareLink(conceptId, token, link.id);
      forgetWorkshopLink(link.id);
      setNotice(t('web.workshop.revoked'));
      await reload();
    } catch (e) {
      fail(e);
    }
  }

  const stored = readWorkshopLinkTokens();
  const shown = links?.find((l) => stored[l.id]);
  const others = links?.filter((l) => !stored[l.id]) ?? [];
  return (
    <section className="workshop-invite" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('web.workshop.invite')}</h2>
      {!owner && <p className="muted">{t('web.workshop.ownerOnly')}</p>}
      {owner && links === null && !error && <p className="muted">{t('web.loading')}</p>}
      {shown && (
        <InviteLinkPanel
          workshop={workshop}
          urls={{
            ...workshopUrls(window.location.origin, conceptId, workshop.id, stored[shown.id]?.token ?? ''),
            participate: stored[shown.id]?.url ?? '',
          }}
          onRevoke={() => revoke(shown)}
        />
      )}
      {others.length > 0 && (
        <div className="invite-others">
          <p>{t('web.workshop.otherDevice')}</p>
          {others.map((link) => (
            <button key={link.id} type="button" className="button-danger" onClick={() => revoke(link)}>
              {t('web.workshop.revokeOther', { label: link.label || t('web.share.unlabelled') })}
            </button>
          ))}
        </div>
      )}
      {owner && links !== null && !shown && (
        <p>
          <button type="button" className="button-primary" disabled={busy} onClick={create}>
            {t('web.workshop.createLink')}
          </button>
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p role="status" className="visually-hidden">
        {notice}
      </p>
    </section>
  );
}
