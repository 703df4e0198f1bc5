import { useTranslations } from "next-intl";

/** The text alternative of a chart: a collapsible "Show as table" with the same numbers. */
export function ChartTable({ caption, summary, children }: { caption: string; summary?: string; children: React.ReactNode }) {
  const t = useTranslations("chartTable");
  return (
    <details className="mt-3 text-sm">
      <summary className="cursor-pointer font-medium text-brand-700 hover:underline">{summary ?? t("show")}</summary>
      <div className="relative mt-2 overflow-x-auto">
        <table className="w-full min-w-[20rem] border-collapse text-start text-xs sm:text-sm">
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}

export const th = "border-b border-slate-200 px-2 py-1.5 font-semibold text-slate-700";
export const td = "border-b border-slate-100 px-2 py-1.5 text-slate-800";
export const num = `${td} text-end tabular-nums`;
