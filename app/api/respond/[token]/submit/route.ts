// POST /api/respond/:token/submit – submit a complete questionnaire; answers then lock.
import { db } from "@/lib/db/prisma";
import { submitAnswers } from "@/lib/assessments/respond";
import { jsonResponse } from "@/lib/auth/json-response";

export async function POST(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return jsonResponse(await submitAnswers(db, token));
}
