// GET  /api/ism/:token/judgements – the expert's saved judgements (to resume).
// POST /api/ism/:token/judgements – save one judgement {i, j, letter: V|A|X|O} for the pair i < j.
// No account: the personal link is the credential.
import { db } from "@/lib/platform/db/prisma";
import { clientIpFrom } from "@/lib/platform/http/client-ip";
import { readJsonBody } from "@/lib/platform/http/json-body";
import { jsonResponse } from "@/lib/platform/http/json-response";
import { expertForLink, expertJudgements, saveJudgement } from "@/lib/features/ism-studies/expert";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await readJsonBody(request, 4 * 1024);
  if (!body.ok) return jsonResponse(body.failure);
  return jsonResponse(await saveJudgement(db, token, body.body, clientIpFrom(request.headers)));
}

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await expertForLink(db, token, clientIpFrom(request.headers));
  if (!link.ok) return jsonResponse(link);
  const expert = link.data;
  return Response.json({ status: expert.study.status, judgements: await expertJudgements(db, expert.id) });
}
