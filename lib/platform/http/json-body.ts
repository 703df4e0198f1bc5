// The one JSON body reader of every public route handler (respondent and expert links, API v1).
// It streams the body and stops reading at the limit, so a huge or endless body costs at most
// `maxBytes` of memory; a declared Content-Length over the limit is refused before reading at all.
// Faults: too large → 413, not JSON → 400 (the schema check that follows answers 422).
import "server-only";
import { fail, type ActionFailure } from "./action-result.ts";

export type BodyRead<T = unknown> = { ok: true; body: T } | { ok: false; failure: ActionFailure };

export const DEFAULT_JSON_LIMIT = 64 * 1024;

/** Reads at most `maxBytes` of the body as UTF-8 text; null when the body is longer. */
export async function readTextWithin(request: Request, maxBytes: number): Promise<string | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Stop the upload here: the rest is never read into memory.
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

export const tooLarge = (maxBytes: number) => fail(413, "The request body is too large.", { _form: [`At most ${maxBytes} bytes.`] });

export async function readJsonBody(request: Request, maxBytes = DEFAULT_JSON_LIMIT): Promise<BodyRead> {
  let text: string | null;
  try {
    text = await readTextWithin(request, maxBytes);
  } catch {
    return { ok: false, failure: fail(400, "The request body could not be read.") };
  }
  if (text === null) return { ok: false, failure: tooLarge(maxBytes) };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      failure: fail(400, "The request body must be JSON.", { _form: ["Send a JSON object with Content-Type: application/json."] }),
    };
  }
}
