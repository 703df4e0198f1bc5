import { FIELD_CONTROL_CLASS, FieldFrame } from "./field-frame";

// A labelled drop-down with its validation messages; `placeholder` adds an empty first choice.
export function SelectField({
  name,
  label,
  options,
  defaultValue,
  errors,
  hint,
  placeholder,
}: {
  name: string;
  label: string;
  options: readonly { value: string; label: string }[];
  defaultValue?: string;
  errors?: string[];
  hint?: string;
  placeholder?: string;
}) {
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint}>
      {(control) => (
        <select {...control} name={name} defaultValue={defaultValue ?? ""} className={FIELD_CONTROL_CLASS}>
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
