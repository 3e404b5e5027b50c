import { toJSON } from '@werkbank/concept';
import { useLocale, useT } from '@werkbank/editor';
import {
  DOCX_MIME_TYPE,
  defaultExportOptions,
  type ExportParts,
  exportFileName,
} from '@werkbank/export-docx/light';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../api/ApiError.ts';
import { fetchVersionConcept } from '../api/fetchVersionConcept.ts';
import { errorMessage } from '../i18n/errorMessage.ts';
import { Modal } from '../ui/Modal.tsx';
import { useVersions } from '../versions/useVersions.ts';
import { useWorkspace } from '../workspace/WorkspaceContext.ts';
import { downloadBlob } from './downloadBlob.ts';
import { ExportSourceSelect } from './ExportSourceSelect.tsx';
import { exportDocx } from './exportDocx.ts';

type PartKey = keyof ExportParts;
const PART_KEYS = Object.keys(defaultExportOptions.parts) as PartKey[];

/**
 * Builds the council's Word document in the browser: from the live document (works offline), or from a saved
 * version's frozen state, fetched from the server, with the version on the title page. The document is built in
 * a Web Worker (`exportDocx`), so the page never stalls; the dialog is loaded lazily.
 */
export function ExportDialog({ onClose }: { onClose(): void }) {
  const t = useT();
  const id = useId();
  const locale = useLocale();
  const { doc, conceptId, token } = useWorkspace();
  const versions = useVersions(doc);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [parts, setParts] = useState<ExportParts>(defaultExportOptions.parts);
  const [emptyChapters, setEmptyChapters] = useState<'omit' | 'mark'>(defaultExportOptions.emptyChapters);
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<{ blob: Blob; fileName: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  // A version deleted meanwhile falls back to the draft rather than to nothing.
  const version = versions.find((v) => v.id === chosenId) ?? null;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setResult(null);
    setProgress(0);
    try {
      const concept = version ? await fetchVersionConcept(conceptId, token, version.id) : toJSON(doc);
      const now = new Date();
      const bytes = await exportDocx(concept, { parts, emptyChapters, version, now }, setProgress);
      const file = {
        blob: new Blob([bytes as BlobPart], { type: DOCX_MIME_TYPE }),
        fileName: exportFileName(concept, now, version),
      };
      downloadBlob(file.blob, file.fileName);
      setResult(file);
    } catch (e) {
      const offline = e instanceof ApiError && e.status === 0;
      setError(
        offline
          ? t('web.export.versionOffline')
          : t('web.export.failed', { message: errorMessage(e, t, locale) }),
      );
    } finally {
      setProgress(null);
    }
  }

  const busy = progress !== null;
  return (
    <Modal title={t('web.export.title')} onClose={onClose}>
      <form onSubmit={onSubmit} className="stack">
        <p className="muted">{t('web.export.intro')}</p>
        <ExportSourceSelect versionId={version?.id ?? null} versions={versions} onChange={setChosenId} />
        <fieldset className="checkbox-grid">
          <legend>{t('web.export.parts')}</legend>
          {PART_KEYS.map((key) => (
            <label key={key} className="checkbox">
              <input
                type="checkbox"
                checked={parts[key]}
                onChange={(e) => setParts({ ...parts, [key]: e.target.checked })}
              />
              {t(`web.export.part.${key}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('web.export.emptyChapters')}</legend>
          {(['omit', 'mark'] as const).map((mode) => (
            <label key={mode} className="radio">
              <input
                type="radio"
                name={`${id}-empty`}
                checked={emptyChapters === mode}
                onChange={() => setEmptyChapters(mode)}
              />
              {mode === 'omit' ? t('web.export.emptyOmit') : t('web.export.emptyMark')}
            </label>
          ))}
        </fieldset>
        <div className="dialog-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('web.export.loading') : t('web.export.submit')}
          </button>
          {busy && <progress value={progress} max={1} aria-label={t('web.export.progress')} />}
        </div>
        <div role="status">
          {result && (
            <p>
              {t('web.export.done', { fileName: result.fileName })}{' '}
              <button type="button" onClick={() => downloadBlob(result.blob, result.fileName)}>
                {t('web.export.downloadAgain')}
              </button>
            </p>
          )}
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </Modal>
  );
}
