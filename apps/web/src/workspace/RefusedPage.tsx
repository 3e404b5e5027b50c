import { countMessage, describeError, useT } from '@werkbank/editor';
import { useState } from 'react';
import { downloadBlob } from '../export/downloadBlob.ts';
import { navigate } from '../routing/navigate.ts';
import { forgetConceptOnDevice } from '../storage/forgetConceptOnDevice.ts';
import { localCopyFile } from '../storage/localCopyFile.ts';
import { readUnsyncedEdits } from '../storage/unsyncedEdits.ts';
import { MessagePage } from '../ui/MessagePage.tsx';

/**
 * The page for a link the server refuses (invalid or revoked). Before the concept is removed from this device,
 * it says how many edits here the server never took and offers this device's copy as a file.
 */
export function RefusedPage({ conceptId }: { conceptId: string }) {
  const t = useT();
  const [{ edits }] = useState(() => readUnsyncedEdits(conceptId));
  const [saved, setSaved] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function save() {
    setBusy(true);
    setFailure(null);
    try {
      const file = await localCopyFile(conceptId);
      downloadBlob(file.blob, file.name);
      setSaved(file.name);
    } catch (error) {
      setFailure(t('web.refused.saveFailed', { reason: describeError(t, error) }));
    } finally {
      setBusy(false);
    }
  }
  function forget() {
    if (edits > 0 && saved === null && !window.confirm(t('web.refused.forgetConfirm'))) return;
    forgetConceptOnDevice(conceptId);
    navigate('/');
  }
  return (
    <MessagePage title={t('web.refused.title')}>
      <p>{t('web.refused.body')}</p>
      {edits > 0 && (
        <p className="refused-unsynced">
          <strong>{countMessage(t, 'web.refused.unsynced', edits)}</strong>
        </p>
      )}
      <p>
        <button type="button" onClick={save} disabled={busy} aria-describedby="refused-copy-hint">
          {t('web.refused.saveCopy')}
        </button>
      </p>
      <p id="refused-copy-hint" className="hint">
        {t('web.refused.saveCopyHint')}
      </p>
      <div role="status">{saved && <p>{t('web.refused.saved', { file: saved })}</p>}</div>
      {failure && <p role="alert">{failure}</p>}
      <p>
        <button type="button" onClick={forget}>
          {t('web.refused.forget')}
        </button>
      </p>
    </MessagePage>
  );
}
