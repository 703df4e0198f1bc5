import { FIELD_CONTROL_CLASS, FieldFrame } from "./field-frame";

// A labelled multi-line input with its hint and validation messages.
export function TextAreaField({
  name,
  label,
  rows,
  defaultValue,
  errors,
  hint,
}: {
  name: string;
  label: string;
  rows: number;
  defaultValue?: string;
  errors?: string[];
  hint?: string;
}) {
  return (
    <FieldFrame name={name} label={label} errors={errors} hint={hint}>
      {(control) => <textarea {...control} name={name} rows={rows} defaultValue={defaultValue} className={FIELD_CONTROL_CLASS} />}
    </FieldFrame>
  );
}
