import { FIELD_CONTROL_CLASS, FieldFrame } from "./field-frame";

// A labelled input with its validation messages, linked for screen readers.
export function TextField({
  name,
  label,
  type = "text",
  defaultValue,
  errors,
  hint,
  required,
  autoComplete,
  placeholder,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  required?: boolean;
  autoComplete?: string;
  placeholder?: string;
}) {
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint}>
      {(control) => (
        <input
          {...control}
          name={name}
          type={type}
          defaultValue={defaultValue}
          required={required}
          autoComplete={autoComplete}
          placeholder={placeholder}
          className={FIELD_CONTROL_CLASS}
        />
      )}
    </FieldFrame>
  );
}
