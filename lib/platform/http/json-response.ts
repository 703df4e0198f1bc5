// One mapping from an operation's result to an HTTP response, for every route handler.
import "server-only";
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

/**
 * Runs a respondent-facing handler; a fault (e.g. the database restarting) answers 503 with
 * Retry-After instead of an error page, so the questionnaire keeps the answer and retries it.
 */
export async function respondSafely(name: string, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (e) {
    console.error(`[${name}] failed`, e instanceof Error ? e.message : e);
    return Response.json({ error: "We could not save this just now; it is kept and will be retried." }, { status: 503, headers: { "Retry-After": "2" } });
  }
}
