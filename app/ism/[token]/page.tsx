import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { headers } from "next/headers";
import { expertForLink, expertJudgements } from "@/lib/features/ism-studies/expert";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { PairwiseQuestionnaire } from "@/components/ism-studies/pairwise-questionnaire";
import { latestFramework } from "@/lib/domain/instrument";
import { respondentText } from "@/lib/view/questionnaire/sections";

export const metadata: Metadata = { title: "Expert judgement", referrer: "no-referrer", robots: { index: false } };

// GET /ism/:token – an expert's pairwise questionnaire; the link is the only credential.
export default async function ExpertPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await expertForLink(db, token, clientIpFrom(await headers()));
  const expert = link.ok ? link.data : null;
  if (!expert) {
    return (
      <main className="mx-auto max-w-md px-4 py-24 text-center">
        <h1 className="text-xl font-semibold">This link is not valid</h1>
        <p className="mt-2 text-sm text-slate-600">
          It may have been mistyped or withdrawn. Ask the person who invited you for a new link.
        </p>
      </main>
    );
  }
  const { study } = expert;
  // Factors the instrument defines keep the instrument's definition (without its notes on the research
  // sources, as respondents see it); a study's own factors have none.
  const definitionOf = new Map(
    latestFramework.modules.flatMap((m) => m.factors.map((f) => [f.key, respondentText(f.definition) || f.definition] as const)),
  );
  const definitions = study.factorKeys.map((k) => definitionOf.get(k) ?? null);
  return (
    <PairwiseQuestionnaire
      token={token}
      studyName={study.name}
      organizationName={study.organization.name}
      expertName={expert.name}
      factors={study.factorNames}
      definitions={definitions}
      open={study.status === "OPEN"}
      initial={await expertJudgements(db, expert.id)}
    />
  );
}
