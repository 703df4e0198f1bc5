import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/platform/db/prisma";
import { expertForLink, expertJudgements } from "@/lib/features/ism-studies/expert";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { requestLocale } from "@/lib/platform/i18n/request";
import { PairwiseQuestionnaire } from "@/components/ism-studies/pairwise-questionnaire";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { InvalidLinkNotice } from "@/components/i18n/invalid-link-notice";
import { getLocalizedFramework, latestFramework } from "@/lib/domain/instrument";
import { respondentText } from "@/lib/view/questionnaire/sections";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("expert");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

// GET /ism/:token – an expert's pairwise questionnaire; the link is the only credential.
export default async function ExpertPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await expertForLink(db, token, clientIpFrom(await headers()));
  const expert = link.ok ? link.data : null;
  if (!expert) return <InvalidLinkNotice tooManyAttempts={!link.ok && link.status === 429} />;
  const { study } = expert;
  // Factors the instrument defines are named and defined as the instrument does, in the expert's language
  // (without its notes on the research sources, as respondents see it); a study's own factors keep their names.
  const framework = getLocalizedFramework(latestFramework.version, await requestLocale()) ?? latestFramework;
  const instrumentFactors = new Map(framework.modules.flatMap((m) => m.factors.map((f) => [f.key, f] as const)));
  const factors = study.factorKeys.map((k, i) => instrumentFactors.get(k)?.name ?? study.factorNames[i] ?? k);
  const definitions = study.factorKeys.map((k) => {
    const f = instrumentFactors.get(k);
    return f ? respondentText(f.definition) || f.definition : null;
  });
  return (
    <>
      <div className="mx-auto flex max-w-2xl justify-end px-4 pt-3">
        <LanguageSwitcher />
      </div>
      <PairwiseQuestionnaire
        token={token}
        studyName={study.name}
        organizationName={study.organization.name}
        expertName={expert.name}
        factors={factors}
        definitions={definitions}
        open={study.status === "OPEN"}
        initial={await expertJudgements(db, expert.id)}
      />
    </>
  );
}
