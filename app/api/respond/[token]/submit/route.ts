// POST /api/respond/:token/submit – submit a complete questionnaire; answers then lock.
import { db } from "@/lib/platform/db/prisma";
import { submitAnswers } from "@/lib/features/assessments/respond";
import { jsonResponse, respondSafely } from "@/lib/platform/http/json-response";
import { clientIpFrom } from "@/lib/platform/http/client-ip";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return respondSafely("answer.submit", async () => jsonResponse(await submitAnswers(db, token, clientIpFrom(request.headers))));
}
