// POST /api/respond/:token/submit[?locale=fa] – submit a complete questionnaire; answers then lock. The
// language the questionnaire was shown in is recorded with it (an unknown value is recorded as unknown).
import { db } from "@/lib/platform/db/prisma";
import { submitAnswers } from "@/lib/features/assessments/respond";
import { jsonResponse, respondSafely } from "@/lib/platform/http/json-response";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { isLocale } from "@/lib/view/i18n/locales";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const locale = new URL(request.url).searchParams.get("locale");
  return respondSafely("answer.submit", async () =>
    jsonResponse(await submitAnswers(db, token, clientIpFrom(request.headers), isLocale(locale) ? locale : null)),
  );
}
