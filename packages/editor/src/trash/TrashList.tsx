import { type keys, restoreFromTrash, TRASH_DAYS, type TrashEntry } from '@werkbank/concept';
import { useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useLocale } from '../i18n/useLocale.ts';
import { useT } from '../i18n/useT.ts';
import { formatDeletedAt } from './formatDeletedAt.ts';
import { trashKind } from './trashKind.ts';
import { useTrash } from './useTrash.ts';

/** Props of `TrashList`. */
export interface TrashListProps {
  doc: Y.Doc;
  /** Editors and owners can restore; viewers see the list. */
  editable: boolean;
  /** Opens an element once it is back (a link in the confirmation). */
  hrefOf?: (collection: keys.CollectionKey, id: string) => string | null;
}

/** Entries deleted together (a goal with its subgoals) come back together, so they are listed together. */
function batches(entries: readonly TrashEntry[]): TrashEntry[][] {
  const byId = new Map<string, TrashEntry[]>();
  for (const entry of entries) byId.set(entry.trashId, [...(byId.get(entry.trashId) ?? []), entry]);
  return [...byId.values()];
}

/**
 * The Papierkorb: what was deleted in the last 30 days, by whom and when, each with "Wiederherstellen". A
 * restored element comes back with its content and its links; the list says so and links to it.
 */
export function TrashList({ doc, editable, hrefOf }: TrashListProps) {
  const t = useT();
  const locale = useLocale();
  const entries = useTrash(doc);
  const groups = useMemo(() => batches(entries), [entries]);
  const action = useConceptAction();
  const [restored, setRestored] = useState<{ text: string; href: string | null } | null>(null);
  function restore(group: TrashEntry[]) {
    const [first] = group;
    if (!first) return;
    const title = first.label || t('common.untitled');
    if (action.run(() => restoreFromTrash(doc, first.collection, first.id)))
      setRestored({
        text: t('trash.restored', { what: t(trashKind(first.collection)), title }),
        href: hrefOf?.(first.collection, first.id) ?? null,
      });
  }
  return (
    <div className="wb-trash">
      <p>{t('trash.intro', { days: TRASH_DAYS })}</p>
      <div role="status" aria-live="polite" className="wb-trash__status">
        {restored && (
          <p>
            {restored.text} {restored.href && <a href={restored.href}>{t('trash.openRestored')}</a>}
          </p>
        )}
      </div>
      <ErrorNote message={action.error} />
      {groups.length === 0 ? (
        <p className="wb-empty">{t('trash.empty')}</p>
      ) : (
        <ul className="wb-trash__list">
          {groups.map((group) => {
            const [first, ...rest] = group;
            if (!first) return null;
            const title = first.label || t('common.untitled');
            const when = formatDeletedAt(first.deletedAt, locale);
            return (
              <li key={first.trashId} className="wb-trash__item">
                <div>
                  <span className="wb-kicker">{t(trashKind(first.collection))}</span> <strong>{title}</strong>
                  {rest.length > 0 && (
                    <span>
                      {' '}
                      {t(rest.length === 1 ? 'trash.withMore.one' : 'trash.withMore.other', {
                        count: rest.length,
                        titles: rest.map((entry) => `„${entry.label || t('common.untitled')}“`).join(', '),
                      })}
                    </span>
                  )}
                  <p className="wb-hint">
                    {first.deletedBy
                      ? t('trash.deletedBy', { name: first.deletedBy, when })
                      : t('trash.deletedAt', { when })}{' '}
                    {t('trash.purgeAt', { date: formatDeletedAt(first.purgeAt, locale) })}
                  </p>
                </div>
                {editable && (
                  <button
                    type="button"
                    aria-label={t('trash.restoreLabel', { title })}
                    onClick={() => restore(group)}
                  >
                    {t('trash.restore')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
