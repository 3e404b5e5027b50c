import { useT } from '@werkbank/editor';

interface FieldSelectProps {
  id: string;
  fields: readonly { id: string; title: string }[];
  value: string;
  onChange: (fieldId: string) => void;
}

/** Choice of one of the workshop's fields of action, or none ('' ). */
export function FieldSelect({ id, fields, value, onChange }: FieldSelectProps) {
  const t = useT();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">{t('web.participate.form.noField')}</option>
      {fields.map((f) => (
        <option key={f.id} value={f.id}>
          {f.title}
        </option>
      ))}
    </select>
  );
}
