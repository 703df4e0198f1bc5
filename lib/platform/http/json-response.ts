// One mapping from an operation's result to an HTTP response, for every route handler (pages'
// route handlers, respondent links, API v1): the failure's status (validation 422, plan 402,
// conflict 409, too large 413, …) with { error, fieldErrors? }. An unexpected fault answers a
// generic message with a digest that is also logged, never a stack trace or a secret.
import "server-only";
import { randomBytes } from "node:crypto";
import { fail, type ActionFailure, type ActionResult } from "./action-result.ts";

export function jsonResponse<T>(result: ActionResult<T> & Record<string, unknown>, headers?: HeadersInit): Response {
  if (result.ok) return Response.json(result.data, { headers });
  const { ok: _ok, status, ...body } = result;
  return Response.json(body, { status, headers });
}

/** The failure half of jsonResponse, for handlers that only ever pass failures. */
export const failureResponse = (failure: ActionFailure, headers?: HeadersInit): Response => jsonResponse(failure, headers);

/** An unexpected fault: logs the message with a digest and answers 500 with only the digest. */
export function faultResponse(name: string, e: unknown): Response {
  const digest = randomBytes(6).toString("hex");
  console.error(`[${name}] failed (digest ${digest})`, e instanceof Error ? e.message : e);
  return jsonResponse(fail(500, `Something went wrong on our side (reference ${digest}).`));
}

/**
 * Runs a respondent-facing handler; a fault (e.g. the database restarting) answers 503 with
 * Retry-After instead of an error page, so the questionnaire keeps the answer and retries it.
 */
export async function respondSafely(name: string, handle: () => Promise<Response>): Promise<Response> {
  try {
    return await handle();
  } catch (e) {
    const digest = randomBytes(6).toString("hex");
    console.error(`[${name}] failed (digest ${digest})`, e instanceof Error ? e.message : e);
    return Response.json(
      { error: "We could not save this just now; it is kept and will be retried." },
      { status: 503, headers: { "Retry-After": "2" } },
    );
  }
}
