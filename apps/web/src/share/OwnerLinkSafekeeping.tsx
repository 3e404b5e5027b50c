import './ownerLinks.css';
import { useT } from '@werkbank/editor';
import { useState } from 'react';
import { downloadBlob } from '../export/downloadBlob.ts';
import { conceptLink } from '../links/conceptLink.ts';
import { ownerLinkFile } from '../links/ownerLinkFile.ts';
import { CopyField } from './CopyField.tsx';

interface OwnerLinkSafekeepingProps {
  conceptId: string;
  token: string;
  title: string;
  label: string;
  hint: string;
}

/** The owner's own link to copy or to download as a small text file that says what it is for. */
export function OwnerLinkSafekeeping({ conceptId, token, title, label, hint }: OwnerLinkSafekeepingProps) {
  const t = useT();
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const link = conceptLink(window.location.origin, conceptId, token);
  return (
    <div className="owner-link">
      <CopyField label={label} value={link} hint={hint} />
      <div className="owner-link-download">
        <button
          type="button"
          onClick={() => {
            const file = ownerLinkFile(title, link, t);
            downloadBlob(new Blob([file.text], { type: 'text/plain;charset=utf-8' }), file.name);
            setDownloaded(file.name);
          }}
        >
          {t('web.ownerLink.download')}
        </button>
        <p className="hint" role="status">
          {downloaded && t('web.ownerLink.downloaded', { name: downloaded })}
        </p>
      </div>
    </div>
  );
}
