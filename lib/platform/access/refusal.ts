// The one conversion of a guard refusal (AccessError) into what the caller answers with: an
// ActionResult for server actions, JSON with its status for route handlers and the API, and the
// sign-in redirect / 404 / 403 pages for pages. Anything that is not a refusal is rethrown.
import { forbidden, notFound, redirect } from "next/navigation";
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

/** For pages. A plan refusal has no page of its own: pages that declare a feature render PlanRequired. */
export function refusalPage(e: unknown): never {
  if (!(e instanceof AccessError)) throw e;
  if (e.reason === "not-found") notFound();
  if (e.reason === "forbidden") forbidden();
  if (e.reason === "payment-required") forbidden();
  redirect("/sign-in");
}
