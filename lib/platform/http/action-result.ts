// What every server action and route handler returns on failure, in one shape, so forms can show
// field messages and API clients get the same JSON body.
import { z } from "zod";

import type { ActionFailure, ActionResult, FieldErrors } from "../../view/action-result.ts";

export type { ActionFailure, ActionResult, FieldErrors };

export function ok<T>(data: T, message?: string): ActionResult<T> {
  return { ok: true, data, message };
}

export function fail(status: ActionFailure["status"], error: string, fieldErrors?: FieldErrors): ActionFailure {
  return { ok: false, status, error, ...(fieldErrors ? { fieldErrors } : {}) };
}

export function validationFailure(error: z.ZodError): ActionFailure {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    // Errors inside a list (e.g. one of several groups) belong to the list's field on the form.
    const field = issue.path.length ? String(issue.path[0]) : "_form";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fail(422, "Please correct the highlighted fields.", fieldErrors);
}

/** Postgres unique violations surface as Prisma P2002 on both adapters; match on the code only. */
export function isUniqueViolation(e: unknown): boolean {
  return typeof e === "object" && e !== null && "code" in e && (e as { code: unknown }).code === "P2002";
}

/** A server action called with something other than a form (a hand-made request): refused, never thrown. */
export function unreadableForm(): ActionFailure {
  return fail(400, "This form could not be read. Reload the page and try again.");
}
