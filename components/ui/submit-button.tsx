"use client";
import { useFormPending } from "./action-form";

type Variant = "primary" | "secondary" | "danger";

const STYLES: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "border border-red-200 bg-white text-red-700 hover:bg-red-50",
};

export function SubmitButton({
  children,
  variant = "primary",
  pendingText,
}: {
  children: React.ReactNode;
  variant?: Variant;
  pendingText?: string;
}) {
  const pending = useFormPending();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center rounded-lg px-4 py-2 text-sm font-medium transition disabled:opacity-60 ${STYLES[variant]}`}
    >
      {pending ? (pendingText ?? "Working…") : children}
    </button>
  );
}
