// GET  /api/respond/:token/answers – the respondent's saved answers (to resume or resync).
// POST /api/respond/:token/answers – save one answer {itemKey, value: 1..5|null, answeredAt}.
// No account: the personal link is the credential.
import { db } from "@/lib/db/prisma";
import { findRespondent, saveAnswer, savedAnswers } from "@/lib/assessments/respond";
import { jsonResponse, readJson, respondSafely } from "@/lib/auth/json-response";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return respondSafely("answer.save", async () => jsonResponse(await saveAnswer(db, token, body.body)));
}

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return respondSafely("answer.list", async () => {
    const respondent = await findRespondent(db, token);
    if (!respondent) return Response.json({ error: "This link is not valid. Ask the bank for a new one." }, { status: 404 });
    return Response.json({ submittedAt: respondent.submittedAt, answers: await savedAnswers(db, respondent.id) });
  });
}
