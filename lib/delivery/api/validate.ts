// Request parsing for API v1: query strings and JSON bodies through the documented zod schemas.
import "server-only";
import type { z } from "zod";
import { validationFailure, type ActionFailure } from "../../platform/http/action-result.ts";
import { readJsonBody } from "../../platform/http/json-body.ts";

type Parsed<T> = { ok: true; data: T } | { ok: false; failure: ActionFailure };

export function parseQuery<S extends z.ZodType>(schema: S, url: URL): Parsed<z.output<S>> {
  const raw: Record<string, string> = {};
  for (const [k, v] of url.searchParams) raw[k] = v;
  const parsed = schema.safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: validationFailure(parsed.error) };
}

export async function parseJsonBody<S extends z.ZodType>(schema: S, request: Request, maxBytes = 256 * 1024): Promise<Parsed<z.output<S>>> {
  const read = await readJsonBody(request, maxBytes);
  if (!read.ok) return read;
  const parsed = schema.safeParse(read.body);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: validationFailure(parsed.error) };
}

/**
 * A 2xx JSON response typed by its documented schema: the body must be the schema's output type,
 * so a handler cannot return what the OpenAPI document (built from the same schema) does not say.
 */
export function schemaJson<S extends z.ZodType>(_schema: S, body: z.output<S>, init?: ResponseInit): Response {
  return Response.json(body, init);
}
