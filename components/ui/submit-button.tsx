"use client";
import { useTranslations } from "next-intl";
import { useFormPending } from "./action-form";

type Variant = "primary" | "secondary" | "danger";

const STYLES: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700",
  secondary: "border border-slate-300 bg-white text-slate-800 hover:bg-slate-50",
  danger: "border border-red-200 bg-white text-red-700 hover:bg-red-50",
};

/** `size="sm"` for actions in a table row, so that a row's buttons weigh what they do, not more. */
export function SubmitButton({
  children,
  variant = "primary",
  pendingText,
  size = "md",
}: {
  children: React.ReactNode;
  variant?: Variant;
  pendingText?: string;
  size?: "md" | "sm";
}) {
  const pending = useFormPending();
  const t = useTranslations("shell");
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`inline-flex items-center justify-center font-medium transition disabled:opacity-60 ${size === "sm" ? "rounded-md px-2.5 py-1 text-xs" : "rounded-lg px-4 py-2 text-sm"} ${STYLES[variant]}`}
    >
      {pending ? (pendingText ?? t("working")) : children}
    </button>
  );
}
