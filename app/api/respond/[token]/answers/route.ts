// GET  /api/respond/:token/answers – the respondent's saved answers (to resume or resync).
// POST /api/respond/:token/answers – save one answer {itemKey, value: 1..5|null, answeredAt}, or a
//   batch {answers: [...]} (all or nothing; the newest answer per item is kept).
// No account: the personal link is the credential.
import { db } from "@/lib/platform/db/prisma";
import { respondentForLink, savedAnswers } from "@/lib/features/assessments/respond";
import { saveAnswer, saveAnswers } from "@/lib/features/assessments/save-answers";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { readJsonBody } from "@/lib/platform/http/json-body";
import { jsonResponse, respondSafely } from "@/lib/platform/http/json-response";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await readJsonBody(request);
  if (!body.ok) return jsonResponse(body.failure);
  const ip = clientIpFrom(request.headers);
  const isBatch = typeof body.body === "object" && body.body !== null && "answers" in body.body;
  if (isBatch) return respondSafely("answer.save-batch", async () => jsonResponse(await saveAnswers(db, token, body.body, ip)));
  return respondSafely("answer.save", async () => jsonResponse(await saveAnswer(db, token, body.body, ip)));
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return respondSafely("answer.list", async () => {
    const link = await respondentForLink(db, token, clientIpFrom(request.headers));
    if (!link.ok) return jsonResponse(link);
    return Response.json({ submittedAt: link.data.submittedAt, answers: await savedAnswers(db, link.data.id) });
  });
}
