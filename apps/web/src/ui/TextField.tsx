export interface TextFieldProps {
  id: string;
  label: string;
  placeholder?: string;
  value: string;
  onChange(value: string): void;
  error?: string | null;
  optional?: boolean;
  type?: string;
}

/** A labelled text input with its error below, announced through `aria-describedby`. */
export function TextField({
  id,
  label,
  placeholder,
  value,
  onChange,
  error,
  optional,
  type = 'text',
}: TextFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        placeholder={placeholder}
        onChange={(e) => onChange(e.target.value)}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
