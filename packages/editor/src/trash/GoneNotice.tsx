import { type keys, restoreFromTrash } from '@werkbank/concept';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import { formatDeletedAt } from './formatDeletedAt.ts';
import { trashObject } from './trashKind.ts';
import { useTrashEntry } from './useTrash.ts';

/** Props of `GoneNotice`. */
export interface GoneNoticeProps {
  doc: Y.Doc;
  collection: keys.CollectionKey;
  id: string;
  /** Editors get "Wiederherstellen". */
  editable: boolean;
  /** Where the Papierkorb is (a link beside the button), if the app has it. */
  trashHref?: string;
  /** What to say when it is not in the Papierkorb either (never existed, or removed for good). */
  missing?: string;
}

/**
 * What someone sees where an element was that another person deleted: who deleted it and when, and, for
 * editors, the way back. Once it is restored the view that shows this renders the element again by itself.
 */
export function GoneNotice({ doc, collection, id, editable, trashHref, missing }: GoneNoticeProps) {
  const t = useT();
  const locale = useLocale();
  const entry = useTrashEntry(doc, collection, id);
  const action = useConceptAction();
  if (!entry) {
    return (
      <p role="status" className="wb-notice">
        {missing ?? t('common.gone')}
      </p>
    );
  }
  const what = t(trashObject(collection));
  const when = formatDeletedAt(entry.deletedAt, locale);
  const title = entry.label || t('common.untitled');
  return (
    <div role="status" className="wb-notice wb-gone">
      <p>
        {entry.deletedBy
          ? t('trash.goneBy', { name: entry.deletedBy, what, title, when })
          : t('trash.gone', { what, title, when })}
      </p>
      <p>{t('trash.goneKept', { date: formatDeletedAt(entry.purgeAt, locale) })}</p>
      {(editable || trashHref) && (
        <p className="wb-row-actions">
          {editable && (
            <button type="button" onClick={() => action.run(() => restoreFromTrash(doc, collection, id))}>
              {t('trash.restore')}
            </button>
          )}
          {trashHref && <a href={trashHref}>{t('trash.open')}</a>}
        </p>
      )}
      <ErrorNote message={action.error} />
    </div>
  );
}
