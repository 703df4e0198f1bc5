// One mapping from an operation's result to an HTTP response, for every route handler.
import type { ActionResult } from "./action-result.ts";

export function jsonResponse<T>(result: ActionResult<T> & Record<string, unknown>): Response {
  if (result.ok) return Response.json(result.data);
  const { ok: _ok, status, ...body } = result;
  return Response.json(body, { status });
}

/** Reads a JSON body, or answers 400 with a message (never a stack trace). */
export async function readJson(request: Request, maxBytes = 64 * 1024): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const text = await request.text();
  if (text.length > maxBytes) return { ok: false, response: Response.json({ error: "Request body too large." }, { status: 413 }) };
  try {
    return { ok: true, body: JSON.parse(text) };
  } catch {
    return { ok: false, response: Response.json({ error: "The request body must be JSON." }, { status: 400 }) };
  }
}
