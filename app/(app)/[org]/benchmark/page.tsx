import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { db } from "@/lib/platform/db/prisma";
import { PlanRequired } from "@/components/billing/plan-required";
import { requireOrgPage } from "@/lib/features/access/page";
import { BENCHMARK } from "@/lib/features/access/requirements";
import { cheapestPlanWith } from "@/lib/domain/billing/plans";
import { parsePeerFilters } from "@/lib/features/benchmark/filters";
import { loadBenchmark, type BenchmarkView } from "@/lib/features/benchmark/benchmark-view";
import { requestLocale } from "@/lib/platform/i18n/request";
import { metricNamer } from "@/lib/view/benchmark/metric-names";
import type { PeerFilters } from "@/lib/view/benchmark/types";
import { BenchmarkFigures } from "@/components/benchmark/benchmark-figures";
import { PeerFilterForm } from "@/components/benchmark/peer-filters";
import { Card } from "@/components/ui/card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("benchmark"))("title") };
}

const REASON_KEY = { "no-pool": "noPool", "too-few": "tooFew", overlap: "overlap" } as const;

/** "private, small, in Gulf", in the page's language (a list as the language writes one). */
async function groupWords(filters: PeerFilters): Promise<string> {
  const [t, tag] = await Promise.all([getTranslations(), getLocale()]);
  const words = [
    filters.ownership ? t(`labels.ownershipShort.${filters.ownership}`) : null,
    filters.sizeBand ? t(`labels.sizeBandShort.${filters.sizeBand}`) : null,
    filters.region ? t("benchmark.inRegion", { region: filters.region }) : null,
  ].filter((w): w is string => w !== null);
  return new Intl.ListFormat(tag, { type: "unit", style: "short" }).format(words);
}

// GET /:org/benchmark?round=&ownership=&sizeBand=&region= – the bank against the peer group it chose.
export default async function BenchmarkPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const [{ org: slug }, raw] = await Promise.all([params, searchParams]);
  const { org, unpaid } = await requireOrgPage(slug, BENCHMARK);
  const t = await getTranslations("benchmark");
  if (unpaid)
    return (
      <>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <PlanRequired
          refusal={{ ...unpaid, error: t("planRequired", { plan: cheapestPlanWith(BENCHMARK.feature).name }) }}
          orgSlug={org.slug}
        />
      </>
    );
  const { filters, refused } = parsePeerFilters(raw);
  const view: BenchmarkView = await loadBenchmark(db, org, filters);
  const base = `/${org.slug}/benchmark`;
  const likeUs = new URLSearchParams({
    ...(view.round ? { round: String(view.round) } : {}),
    ...(org.ownership ? { ownership: org.ownership } : {}),
    ...(org.sizeBand ? { sizeBand: org.sizeBand } : {}),
  });
  const nameOf = metricNamer(view.frameworkVersion, await requestLocale(), await getTranslations());

  return (
    <>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-700">{t("intro", { k: view.k })}</p>
      </div>
      <Card title={t("peerGroup")}>
        <div className="space-y-3">
          <PeerFilterForm action={base} filters={view.filters} rounds={view.rounds} regions={view.regions} />
          <p className="text-xs text-slate-600">
            <Link href={base} className="text-brand-700 underline">
              {t("allInstitutions")}
            </Link>
            {" · "}
            <Link href={`${base}?${likeUs}`} className="text-brand-700 underline">
              {t("likeYours")}
            </Link>
          </p>
          {refused.length > 0 && (
            <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
              {t("filtersRefused")} {refused.map((f) => t(`filterError.${f}`)).join(" ")}
            </p>
          )}
        </div>
      </Card>
      {view.status === "suppressed" ? (
        <p
          role="status"
          data-testid="k-anonymity"
          className="rounded-lg border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-amber-900"
        >
          {t(`reason.${REASON_KEY[view.reasonCode]}`, { k: view.k, margin: view.k + 1 })}
        </p>
      ) : (
        <BenchmarkFigures
          view={{ ...view, metrics: view.metrics.map((m) => ({ ...m, name: nameOf(m) })) }}
          groupWords={await groupWords(filters)}
        />
      )}
    </>
  );
}
