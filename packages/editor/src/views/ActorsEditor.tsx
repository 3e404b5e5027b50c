import { actorTypeSchema, addActor, deleteActor, keys, updateActor } from '@werkbank/concept';
import { useId } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { SelectField } from '../common/SelectField.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useActors } from '../hooks/useActors.ts';
import { useT } from '../i18n/useT.ts';
import { PresenceDots } from '../presence/PresenceDots.tsx';
import { SharedTextField } from '../sharedText/SharedTextField.tsx';
import { deleterName } from '../trash/deleterName.ts';

/** Props of `ActorsEditor`. */
export interface ActorsEditorProps {
  doc: Y.Doc;
  editable: boolean;
  awareness?: Awareness | null;
}

/** The actors (Akteure) of the stocktaking as an editable table: name, type, notes. */
export function ActorsEditor({ doc, editable, awareness }: ActorsEditorProps) {
  const t = useT();
  const headingId = useId();
  const actors = useActors(doc);
  const action = useConceptAction();
  const types = actorTypeSchema.options.map((value) => ({ value, label: t(`actor.type.${value}`) }));
  return (
    <section className="wb-actors" aria-labelledby={headingId}>
      <header className="wb-view-header">
        <h2 id={headingId}>{t('actor.heading')}</h2>
        <PresenceDots awareness={awareness} location={{ kind: 'actors' }} />
      </header>
      {/* On a narrow screen the table scrolls in its own box; names and the delete buttons stay in view. */}
      <div className="wb-table-scroll wb-sticky-actions">
        <table className="wb-table">
          <thead>
            <tr>
              <th scope="col">{t('actor.name')}</th>
              <th scope="col">{t('actor.type')}</th>
              <th scope="col">{t('actor.notes')}</th>
              {editable && (
                <th scope="col">
                  <span className="wb-visually-hidden">{t('indicator.actions')}</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {actors.map((actor, index) => {
              const row = actor.name || t('actor.row', { n: index + 1 });
              return (
                <tr key={actor.id}>
                  <td>
                    <SharedTextField
                      label={`${t('actor.name')} (${row})`}
                      labelHidden
                      target={{ doc, collection: keys.ACTORS, id: actor.id, field: 'name' }}
                      awareness={awareness}
                      editable={editable}
                      onCommit={(name) => updateActor(doc, actor.id, { name })}
                    />
                  </td>
                  <td>
                    <SelectField
                      label={`${t('actor.type')} (${row})`}
                      labelHidden
                      value={actor.type}
                      options={types}
                      editable={editable}
                      onChange={(type) => updateActor(doc, actor.id, { type: type as typeof actor.type })}
                    />
                  </td>
                  <td>
                    <SharedTextField
                      label={`${t('actor.notes')} (${row})`}
                      labelHidden
                      target={{ doc, collection: keys.ACTORS, id: actor.id, field: 'notes' }}
                      awareness={awareness}
                      maxLength={20_000}
                      editable={editable}
                      onCommit={(notes) => updateActor(doc, actor.id, { notes })}
                    />
                  </td>
                  {editable && (
                    <td>
                      <button
                        type="button"
                        onClick={() =>
                          action.run(() => deleteActor(doc, actor.id, { by: deleterName(null, awareness) }))
                        }
                      >
                        {/* "Löschen" to the eye keeps the sticky column narrow; the name says which for screen readers. */}
                        <span aria-hidden="true">{t('common.delete')}</span>
                        <span className="wb-visually-hidden">{t('actor.delete', { title: row })}</span>
                      </button>
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {actors.length === 0 && <p className="wb-hint">{t('actor.empty')}</p>}
      <ErrorNote message={action.error} />
      {editable && (
        <button type="button" onClick={() => action.run(() => addActor(doc, { name: t('actor.new') }))}>
          {t('actor.add')}
        </button>
      )}
    </section>
  );
}
