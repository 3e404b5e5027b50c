import type { ConceptComparison, ConceptJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import { useState } from 'react';
import { downloadBlob } from '../export/downloadBlob.ts';
import { errorMessage } from '../i18n/errorMessage.ts';

interface SynopsisButtonProps {
  comparison: ConceptComparison;
  after: ConceptJSON;
  fromName: string;
  toName: string;
  /** A phase's title in the concept's template, for the concept's details. */
  phaseTitle: (key: string) => string;
}

/** Downloads the comparison as a Word Synopse (old and new side by side); the exporter loads on first use. */
export function SynopsisButton({ comparison, after, fromName, toName, phaseTitle }: SynopsisButtonProps) {
  const t = useT();
  const locale = useLocale();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');

  async function download() {
    setBusy(true);
    setStatus(t('web.compare.synopsisBusy'));
    try {
      const { synopsisToDocx, synopsisFileName, DOCX_MIME_TYPE } = await import('@werkbank/export-docx');
      const now = new Date();
      const options = {
        title: after.meta.title,
        territory: after.meta.territory,
        fromName,
        toName,
        now,
        phaseTitle,
      };
      const bytes = await synopsisToDocx(comparison, options);
      const file = synopsisFileName(options);
      downloadBlob(new Blob([bytes as BlobPart], { type: DOCX_MIME_TYPE }), file);
      setStatus(t('web.compare.synopsisDone', { file }));
    } catch (error) {
      setStatus(t('web.compare.synopsisFailed', { message: errorMessage(error, t, locale) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="compare-synopsis">
      <button type="button" onClick={download} disabled={busy}>
        {t('web.compare.synopsis')}
      </button>
      <p role="status" className="muted">
        {status}
      </p>
    </div>
  );
}
