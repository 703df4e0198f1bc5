import { useTranslations } from "next-intl";

export function DemoBadge() {
  const t = useTranslations("shell");
  return (
    <span title={t("demoBadgeTitle")} className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-800">
      {t("demoBadge")}
    </span>
  );
}
