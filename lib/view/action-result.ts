// The one failure shape of server actions and route handlers, as the forms that show it see it.
// lib/platform/http/action-result.ts builds these; components import the types from here.

export type FieldErrors = Record<string, string[]>;

export type ActionFailure = {
  ok: false;
  status: 400 | 401 | 402 | 403 | 404 | 409 | 410 | 413 | 422 | 429 | 500 | 503;
  error: string;
  fieldErrors?: FieldErrors;
};

export type ActionResult<T = undefined> = { ok: true; data: T; message?: string } | ActionFailure;
