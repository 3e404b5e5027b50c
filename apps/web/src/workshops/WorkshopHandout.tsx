import type { WorkshopJSON } from '@werkbank/concept';
import { formatWorkshopDate, useLocale, useT } from '@werkbank/editor';
import { createPortal } from 'react-dom';
import { QrCode } from './QrCode.tsx';

/**
 * The handout to print (A4): title, when and where, guiding questions, a big QR code and the link. It sits
 * outside the app's root and shows only in print, while `body.printing-handout` is set.
 */
export function WorkshopHandout({ workshop, url }: { workshop: WorkshopJSON; url: string }) {
  const t = useT();
  const locale = useLocale();
  const title = workshop.title || t('common.untitled');
  const where = workshop.online ? t('editor.workshop.online') : workshop.place;
  const facts = [formatWorkshopDate(workshop.date, locale), workshop.format, where].filter(Boolean);
  return createPortal(
    <div className="handout">
      <p className="handout-kicker">{t('web.workshop.handoutKicker')}</p>
      <h1>{title}</h1>
      {facts.length > 0 && <p className="handout-facts">{facts.join(' · ')}</p>}
      {workshop.guidingQuestions.length > 0 && (
        <ul className="handout-questions">
          {workshop.guidingQuestions.map((question) => (
            <li key={question}>{question}</li>
          ))}
        </ul>
      )}
      <p className="handout-call">{t('web.workshop.handoutCall')}</p>
      <QrCode value={url} alt={t('web.workshop.qrAlt', { title })} className="handout-qr" />
      <p className="handout-link">{url}</p>
    </div>,
    document.body,
  );
}
