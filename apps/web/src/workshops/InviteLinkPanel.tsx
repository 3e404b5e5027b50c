import type { WorkshopJSON } from '@werkbank/concept';
import { useT } from '@werkbank/editor';
import { CopyField } from '../share/CopyField.tsx';
import { printHandout } from './printHandout.ts';
import { QrCode } from './QrCode.tsx';
import { WorkshopHandout } from './WorkshopHandout.tsx';
import type { WorkshopUrls } from './workshopUrls.ts';

interface InviteLinkPanelProps {
  workshop: WorkshopJSON;
  urls: WorkshopUrls;
  onRevoke(): void;
}

/** The open participant link: big to copy, as a QR code for a projector, as a handout, and the wall. */
export function InviteLinkPanel({ workshop, urls, onRevoke }: InviteLinkPanelProps) {
  const t = useT();
  const title = workshop.title || t('common.untitled');
  return (
    <div className="invite-link">
      {/* The whole address, readable on a projector; the field below carries it for assistive technology. */}
      <p className="invite-url" aria-hidden="true">
        {urls.participate}
      </p>
      <CopyField label={t('web.workshop.link')} value={urls.participate} hint={t('web.workshop.linkHint')} />
      <QrCode value={urls.participate} alt={t('web.workshop.qrAlt', { title })} className="invite-qr" />
      <div className="invite-actions">
        <button type="button" onClick={printHandout}>
          {t('web.workshop.print')}
        </button>
        <a className="button" href={urls.wall} target="_blank" rel="noopener noreferrer">
          {t('web.workshop.wall')}
          <span className="visually-hidden"> {t('web.workshop.newTab')}</span>
        </a>
        <button type="button" className="button-danger" onClick={onRevoke}>
          {t('web.workshop.revoke')}
        </button>
      </div>
      <WorkshopHandout workshop={workshop} url={urls.participate} />
    </div>
  );
}
