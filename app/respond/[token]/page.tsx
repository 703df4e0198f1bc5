import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { db } from "@/lib/platform/db/prisma";
import { respondentForLink, savedAnswers } from "@/lib/features/assessments/respond";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { requestLanguage } from "@/lib/platform/i18n/request";
import { buildSections } from "@/lib/view/questionnaire/sections";
import { isLocale } from "@/lib/view/i18n/locales";
import { getLocalizedFramework } from "@/lib/domain/instrument";
import { Questionnaire } from "@/components/questionnaire/questionnaire";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { InvalidLinkNotice } from "@/components/i18n/invalid-link-notice";
import { effectiveThreshold } from "@/lib/view/results/anonymity";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("respondLink");
  return { title: t("title"), referrer: "no-referrer", robots: { index: false } };
}

// GET /respond/:token – a respondent's personal questionnaire; the link is the only credential. It opens in
// the respondent's own language when they chose one, else in their bank's default language.
export default async function RespondPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const requestHeaders = await headers();
  const link = await respondentForLink(db, token, clientIpFrom(requestHeaders));
  const respondent = link.ok ? link.data : null;
  const { locale, chosen } = await requestLanguage();
  const orgDefault = respondent?.assessment.organization.defaultLocale;
  if (respondent && !chosen && isLocale(orgDefault) && orgDefault !== locale)
    redirect(`/respond/${encodeURIComponent(token)}?lang=${orgDefault}`);
  const framework = respondent ? getLocalizedFramework(respondent.assessment.frameworkVersion, locale) : undefined;
  const t = await getTranslations();
  if (!respondent || !framework) return <InvalidLinkNotice tooManyAttempts={!link.ok && link.status === 429} />;
  const { assessment } = respondent;
  const status = respondent.submittedAt ? "submitted" : assessment.status === "OPEN" ? "open" : "closed";
  return (
    <>
      <div className="mx-auto flex w-full max-w-6xl justify-end px-4 pt-3 sm:px-6">
        <LanguageSwitcher />
      </div>
      <Questionnaire
        token={token}
        assessmentName={assessment.name}
        organizationName={assessment.organization.name}
        anonymityThreshold={effectiveThreshold(assessment.organization.anonymityThreshold)}
        status={status}
        sections={buildSections(framework, assessment.modules, {
          part: (title, index, total) => t("questionnaire.partOf", { title, index, total }),
          otherTopics: (module) => t("questionnaire.otherTopics", { module }),
        })}
        initialAnswers={await savedAnswers(db, respondent.id)}
      />
    </>
  );
}
