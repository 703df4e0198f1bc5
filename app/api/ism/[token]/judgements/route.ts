// GET  /api/ism/:token/judgements – the expert's saved judgements (to resume).
// POST /api/ism/:token/judgements – save one judgement {i, j, letter: V|A|X|O} for the pair i < j.
// No account: the personal link is the credential.
import { db } from "@/lib/platform/db/prisma";
import { jsonResponse, readJson } from "@/lib/platform/http/json-response";
import { expertJudgements, findExpert, INVALID_LINK, saveJudgement } from "@/lib/features/ism-studies/expert";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await readJson(request, 4 * 1024);
  if (!body.ok) return body.response;
  return jsonResponse(await saveJudgement(db, token, body.body));
}

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const expert = await findExpert(db, token);
  if (!expert) return Response.json({ error: INVALID_LINK }, { status: 404 });
  return Response.json({ status: expert.study.status, judgements: await expertJudgements(db, expert.id) });
}
