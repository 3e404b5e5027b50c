import { deleteWorkshop, type WorkshopJSON } from '@werkbank/concept';
import { useRef, useState } from 'react';
import type * as Y from 'yjs';
import { AppLink } from '../common/AppLink.tsx';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useWorkshops } from '../hooks/useWorkshops.ts';
import { useT } from '../i18n/useT.ts';
import { DeleteWorkshopDialog } from './DeleteWorkshopDialog.tsx';
import { NewWorkshopForm } from './NewWorkshopForm.tsx';
import { WorkshopSummary } from './WorkshopSummary.tsx';

/** Props of `WorkshopList`. */
export interface WorkshopListProps {
  doc: Y.Doc;
  editable: boolean;
  workshopHref: (workshopId: string) => string;
  onOpen: (workshopId: string) => void;
  /** Called with a new workshop's id, e.g. to open its page. */
  onCreated?: (workshopId: string) => void;
  /** Called after this person deleted a workshop, with a sentence saying so. */
  onDeleted?: (message: string) => void;
}

/**
 * The concept's participation formats with date, phase and counts; editors set up new ones and delete them.
 * @example <WorkshopList doc={doc} editable workshopHref={(id) => `/w/${id}`} onOpen={open} />
 */
export function WorkshopList(props: WorkshopListProps) {
  const { doc, editable, workshopHref, onOpen, onCreated, onDeleted } = props;
  const t = useT();
  const workshops = useWorkshops(doc);
  const action = useConceptAction();
  const [adding, setAdding] = useState(false);
  const [deleting, setDeleting] = useState<WorkshopJSON | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const deleteButtons = useRef(new Map<string, HTMLButtonElement>());
  function cancel(workshopId: string) {
    setDeleting(null);
    deleteButtons.current.get(workshopId)?.focus();
  }
  function remove(workshop: WorkshopJSON) {
    setDeleting(null);
    const message = t('editor.workshop.deleted', { title: workshop.title || t('common.untitled') });
    if (action.run(() => deleteWorkshop(doc, workshop.id))) onDeleted?.(message);
    addButton.current?.focus();
  }
  return (
    <div className="wb-workshops">
      {editable &&
        (adding ? (
          <NewWorkshopForm
            doc={doc}
            onCreated={(id) => {
              setAdding(false);
              onCreated?.(id);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <div className="wb-row-actions">
            <button ref={addButton} type="button" className="wb-primary" onClick={() => setAdding(true)}>
              {t('editor.workshop.add')}
            </button>
          </div>
        ))}
      <ErrorNote message={action.error} />
      {workshops.length === 0 && <p className="wb-hint">{t('editor.workshop.empty')}</p>}
      <ul className="wb-card-list">
        {workshops.map((workshop) => {
          const title = workshop.title || t('common.untitled');
          return (
            <li key={workshop.id} className="wb-card wb-workshop-item">
              <h2 className="wb-workshop-item__title">
                <AppLink href={workshopHref(workshop.id)} onOpen={() => onOpen(workshop.id)}>
                  {title}
                </AppLink>
              </h2>
              <WorkshopSummary workshop={workshop} />
              {editable && (
                <div className="wb-row-actions">
                  <button
                    ref={(button) => {
                      if (button) deleteButtons.current.set(workshop.id, button);
                      else deleteButtons.current.delete(workshop.id);
                    }}
                    type="button"
                    className="wb-danger"
                    aria-label={t('editor.workshop.deleteLabel', { title })}
                    onClick={() => setDeleting(workshop)}
                  >
                    {t('common.delete')}
                  </button>
                </div>
              )}
              {deleting?.id === workshop.id && (
                <DeleteWorkshopDialog
                  workshop={workshop}
                  onConfirm={() => remove(workshop)}
                  onCancel={() => cancel(workshop.id)}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
