// Request parsing for API v1: query strings and JSON bodies through the documented zod schemas.
import "server-only";
import type { z } from "zod";
import { fail, validationFailure, type ActionFailure } from "../../platform/http/action-result.ts";

type Parsed<T> = { ok: true; data: T } | { ok: false; failure: ActionFailure };

export function parseQuery<S extends z.ZodType>(schema: S, url: URL): Parsed<z.output<S>> {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) raw[k] = v;
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: validationFailure(parsed.error) };
}

export async function parseJsonBody<S extends z.ZodType>(schema: S, request: Request, maxBytes = 256 * 1024): Promise<Parsed<z.output<S>>> {
  const text = await request.text();
  if (text.length > maxBytes) return { ok: false, failure: fail(422, "The request body is too large.", { _form: [`At most ${maxBytes} bytes.`] }) };
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return { ok: false, failure: fail(422, "The request body must be JSON.", { _form: ["Send a JSON object with Content-Type: application/json."] }) };
  }
  const parsed = schema.safeParse(body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: validationFailure(parsed.error) };
}
