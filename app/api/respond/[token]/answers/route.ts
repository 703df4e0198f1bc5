// POST /api/respond/:token/answers – save one answer {itemKey, value: 1..5|null, answeredAt}; no account, the link is the credential.
import { db } from "@/lib/db/prisma";
import { saveAnswer } from "@/lib/assessments/respond";
import { jsonResponse, readJson } from "@/lib/auth/json-response";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const body = await readJson(request);
  if (!body.ok) return body.response;
  return jsonResponse(await saveAnswer(db, token, body.body));
}
