import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { headers } from "next/headers";
import { respondentForLink, savedAnswers } from "@/lib/features/assessments/respond";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { buildSections } from "@/lib/view/questionnaire/sections";
import { getFramework } from "@/lib/domain/instrument";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { effectiveThreshold } from "@/lib/view/results/anonymity";

export const metadata: Metadata = { title: "Questionnaire", referrer: "no-referrer", robots: { index: false } };

// GET /respond/:token – a respondent's personal questionnaire; the link is the only credential.
export default async function RespondPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await respondentForLink(db, token, clientIpFrom(await headers()));
  const respondent = link.ok ? link.data : null;
  const framework = respondent ? getFramework(respondent.assessment.frameworkVersion) : undefined;
  if (!respondent || !framework) {
    return (
      <main className="mx-auto max-w-md px-4 py-24 text-center">
        <h1 className="text-xl font-semibold">This link is not valid</h1>
        <p className="mt-2 text-sm text-slate-600">
          {!link.ok && link.status === 429
            ? link.error
            : "It may have been mistyped or withdrawn. Ask the person who invited you for a new link."}
        </p>
      </main>
    );
  }
  const { assessment } = respondent;
  const status = respondent.submittedAt ? "submitted" : assessment.status === "OPEN" ? "open" : "closed";
  return (
    <Questionnaire
      token={token}
      assessmentName={assessment.name}
      organizationName={assessment.organization.name}
      anonymityThreshold={effectiveThreshold(assessment.organization.anonymityThreshold)}
      status={status}
      sections={buildSections(framework, assessment.modules)}
      initialAnswers={await savedAnswers(db, respondent.id)}
    />
  );
}
