import { ConceptError } from '@werkbank/concept';
import type * as Y from 'yjs';
import { CheckboxField } from '../common/CheckboxField.tsx';
import { CheckboxGroup } from '../common/CheckboxGroup.tsx';
import { ErrorNote } from '../common/ErrorNote.tsx';
import { StringListEditor } from '../common/StringListEditor.tsx';
import { TextField } from '../common/TextField.tsx';
import { useConceptAction } from '../common/useConceptAction.ts';
import { useFieldsOfAction } from '../hooks/useFieldsOfAction.ts';
import { useT } from '../i18n/useT.ts';
import { WorkshopFormatField } from './WorkshopFormatField.tsx';
import { WorkshopReleaseField } from './WorkshopReleaseField.tsx';
import type { WorkshopSettingsValue } from './WorkshopSettingsValue.ts';

/** Props of `WorkshopFields`. */
export interface WorkshopFieldsProps {
  doc: Y.Doc;
  value: WorkshopSettingsValue;
  /** Writes a change (through `updateWorkshop`, or into a form's state); may throw a ConceptError. */
  onChange: (patch: Partial<WorkshopSettingsValue>) => void;
  editable: boolean;
}

/** The setup of a workshop: what, when, where, which fields of action, guiding questions, dots, release. */
export function WorkshopFields({ doc, value, onChange, editable }: WorkshopFieldsProps) {
  const t = useT();
  const action = useConceptAction();
  const fields = useFieldsOfAction(doc);
  function setDots(text: string) {
    const dots = Number(text);
    if (!Number.isInteger(dots) || dots < 1 || dots > 50) {
      throw new ConceptError('invalid-input', t('editor.workshop.dotsRange'), 'dotsPerParticipant');
    }
    onChange({ dotsPerParticipant: dots });
  }
  return (
    <div className="wb-workshop-fields">
      <div className="wb-grid">
        <TextField
          label={t('editor.workshop.title')}
          value={value.title}
          editable={editable}
          className="wb-span-2"
          onCommit={(title) => onChange({ title })}
        />
        <TextField
          label={t('editor.workshop.date')}
          type="date"
          value={value.date}
          editable={editable}
          onCommit={(date) => onChange({ date })}
        />
        <WorkshopFormatField
          value={value.format}
          editable={editable}
          onChange={(format) => action.run(() => onChange({ format }))}
        />
        {!value.online && (
          <TextField
            label={t('editor.workshop.place')}
            value={value.place}
            editable={editable}
            onCommit={(place) => onChange({ place })}
          />
        )}
        <CheckboxField
          label={t('editor.workshop.onlineLabel')}
          checked={value.online}
          editable={editable}
          onChange={(online) => onChange(online ? { online, place: '' } : { online })}
        />
      </div>
      <CheckboxGroup
        legend={t('editor.workshop.fields')}
        options={fields.map((field) => ({ value: field.id, label: field.title || t('common.untitled') }))}
        selected={value.fieldIds}
        editable={editable}
        empty={t('editor.workshop.fieldsEmpty')}
        onToggle={(id, checked) =>
          onChange({
            fieldIds: checked ? [...value.fieldIds, id] : value.fieldIds.filter((other) => other !== id),
          })
        }
      />
      <StringListEditor
        label={t('editor.workshop.questions')}
        items={value.guidingQuestions}
        editable={editable}
        onChange={(guidingQuestions) => onChange({ guidingQuestions })}
      />
      <div className="wb-grid">
        <TextField
          label={t('editor.workshop.dots')}
          type="number"
          value={String(value.dotsPerParticipant)}
          hint={t('editor.workshop.dotsHint')}
          editable={editable}
          onCommit={setDots}
        />
        <CheckboxField
          label={t('editor.workshop.stackDots')}
          checked={value.stackDots}
          editable={editable}
          onChange={(stackDots) => onChange({ stackDots })}
        />
      </div>
      <WorkshopReleaseField
        value={value.release}
        editable={editable}
        onChange={(release) => action.run(() => onChange({ release }))}
      />
      <ErrorNote message={action.error} />
    </div>
  );
}
