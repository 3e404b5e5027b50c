import {
  addFieldOfAction,
  deleteFieldOfAction,
  keys,
  moveFieldOfAction,
  updateFieldOfAction,
} from '@werkbank/concept';
import { useId, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useFieldsOfAction } from '../hooks/useFieldsOfAction.ts';
import { useT } from '../i18n/useT.ts';
import { PresenceDots } from '../presence/PresenceDots.tsx';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';
import { deleterName } from '../trash/deleterName.ts';
import { DeleteFieldDialog } from './DeleteFieldDialog.tsx';

/** Props of `FieldsOfActionEditor`. */
export interface FieldsOfActionEditorProps {
  doc: Y.Doc;
  editable: boolean;
  awareness?: Awareness | null;
}

/**
 * The fields of action (Handlungsfelder): add, rename, describe, reorder, and delete with a choice of where
 * linked measures and goals go.
 */
export function FieldsOfActionEditor({ doc, editable, awareness }: FieldsOfActionEditorProps) {
  const t = useT();
  const headingId = useId();
  const fields = useFieldsOfAction(doc);
  const action = useConceptAction();
  const [deletingId, setDeletingId] = useState<string | null>(null);
  const deleting = fields.find((field) => field.id === deletingId);
  return (
    <section className="wb-fields-of-action" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('field.heading')}</h2>
      {fields.length === 0 && <p className="wb-hint">{t('field.empty')}</p>}
      <ol className="wb-card-list">
        {fields.map((field, index) => (
          <li
            key={field.id}
            className="wb-card"
            aria-label={field.title || t('field.item', { n: index + 1 })}
          >
            <PresenceDots awareness={awareness} location={{ kind: 'fieldOfAction', id: field.id }} />
            <SharedTextField
              label={t('field.title')}
              target={{ doc, collection: keys.FIELDS_OF_ACTION, id: field.id, field: 'title' }}
              awareness={awareness}
              editable={editable}
              onCommit={(title) => updateFieldOfAction(doc, field.id, { title })}
            />
            <SharedTextField
              label={t('field.description')}
              target={{ doc, collection: keys.FIELDS_OF_ACTION, id: field.id, field: 'description' }}
              awareness={awareness}
              maxLength={20_000}
              editable={editable}
              multiline
              onCommit={(description) => updateFieldOfAction(doc, field.id, { description })}
            />
            {editable && (
              <div className="wb-row-actions">
                <button
                  type="button"
                  disabled={index === 0}
                  onClick={() => action.run(() => moveFieldOfAction(doc, field.id, index - 1))}
                >
                  {t('common.moveUp', { title: field.title })}
                </button>
                <button
                  type="button"
                  disabled={index === fields.length - 1}
                  onClick={() => action.run(() => moveFieldOfAction(doc, field.id, index + 1))}
                >
                  {t('common.moveDown', { title: field.title })}
                </button>
                <button type="button" className="wb-danger" onClick={() => setDeletingId(field.id)}>
                  {t('field.delete', { title: field.title })}
                </button>
              </div>
            )}
          </li>
        ))}
      </ol>
      {deleting && (
        <DeleteFieldDialog
          field={deleting}
          awareness={awareness}
          others={fields.filter((field) => field.id !== deleting.id)}
          onCancel={() => setDeletingId(null)}
          onConfirm={(reassignTo) => {
            setDeletingId(null);
            action.run(() =>
              deleteFieldOfAction(doc, deleting.id, reassignTo, { by: deleterName(null, awareness) }),
            );
          }}
        />
      )}
      <ErrorNote message={action.error} />
      {editable && (
        <button
          type="button"
          onClick={() => action.run(() => addFieldOfAction(doc, { title: t('field.new') }))}
        >
          {t('field.add')}
        </button>
      )}
    </section>
  );
}
