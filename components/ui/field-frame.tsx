import type { ReactNode } from "react";

/** What the framed control needs so that its label, hint and errors reach screen readers. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
}

export const FIELD_CONTROL_CLASS =
  "block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-500 aria-[invalid]:border-red-500";

// One frame for every labelled form control: label above, hint and validation messages below, all linked by id.
export function FieldFrame({
  name,
  label,
  errors,
  hint,
  children,
}: {
  name: string;
  label: string;
  errors?: string[];
  hint?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = `field-${name}`;
  const hasErrors = Boolean(errors?.length);
  const described = [hint ? `${id}-hint` : null, hasErrors ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({ id, "aria-invalid": hasErrors ? true : undefined, "aria-describedby": described })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      )}
      {hasErrors ? (
        <p id={`${id}-error`} className="text-xs text-red-700">
          {errors?.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
