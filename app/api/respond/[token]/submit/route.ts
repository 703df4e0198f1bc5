// POST /api/respond/:token/submit – submit a complete questionnaire; answers then lock.
import { db } from "@/lib/db/prisma";
import { submitAnswers } from "@/lib/assessments/respond";
import { jsonResponse, respondSafely } from "@/lib/auth/json-response";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return respondSafely("answer.submit", async () => jsonResponse(await submitAnswers(db, token)));
}
