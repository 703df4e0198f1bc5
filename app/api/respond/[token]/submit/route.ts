// POST /api/respond/:token/submit – submit a complete questionnaire; answers then lock.
import { db } from "@/lib/db/prisma";
import { submitAnswers } from "@/lib/assessments/respond";
import { jsonResponse, respondSafely } from "@/lib/auth/json-response";
import { clientIpFrom } from "@/lib/auth/client-ip";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return respondSafely("answer.submit", async () => jsonResponse(await submitAnswers(db, token, clientIpFrom(request.headers))));
}
