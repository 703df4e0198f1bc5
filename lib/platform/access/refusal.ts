// The one conversion of a guard refusal (AccessError) into what the caller answers with: an
// ActionResult for server actions, JSON with its status for route handlers and the API (here,
// framework-free), and the sign-in redirect / 404 / 403 pages for pages (./refusal-page.ts, Next
// only). Anything that is not a refusal is rethrown.
import { fail, type ActionFailure } from "../http/action-result.ts";
import { AccessError } from "./access.ts";

export function refusalResult(e: unknown): ActionFailure {
  if (e instanceof AccessError) return fail(e.status, e.message);
  throw e;
}

export function refusalResponse(e: unknown, headers?: HeadersInit): Response {
  if (e instanceof AccessError) return Response.json({ error: e.message }, { status: e.status, headers });
  throw e;
}
