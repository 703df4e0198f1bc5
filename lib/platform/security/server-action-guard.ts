// Refusals for server-action requests that Next.js itself would answer with HTTP 500 (issue 11.8):
//   - a foreign or `null` Origin: Next refuses the action (its CSRF check) by throwing, which
//     surfaces as a 500 page; here it is a 403 with a clear message, before Next runs;
//   - a body Next cannot decode (not a form, not the JSON Next's client sends): Next's decoder
//     throws, again a 500; here it is a 400.
// Called from proxy.ts only for POSTs carrying the Next-Action header. A request without an
// Origin header is left to Next (it allows those; browsers always send Origin on cross-site POSTs).
import { isSameOriginRequest, originFacts } from "./same-origin.ts";

const MAX_ACTION_BODY = 1024 * 1024;

const refusal = (status: 400 | 403 | 413, error: string) => Response.json({ error }, { status });

export async function refuseHostileServerAction(request: Request): Promise<Response | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const facts = originFacts(request);
  if (facts.origin !== null && !isSameOriginRequest({ ...facts, secFetchSite: null })) {
    return refusal(403, "This request did not come from a Meyar page, so it was refused. Nothing was changed.");
  }
  if (Number(request.headers.get("content-length") ?? 0) > MAX_ACTION_BODY) return refusal(413, "The form is too large.");
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
      await request.clone().formData();
    } else {
      const text = await request.clone().text();
      // Next's client sends its encoded arguments as JSON text (an array).
      if (!Array.isArray(JSON.parse(text))) throw new Error("not an argument list");
    }
  } catch {
    return refusal(400, "This form could not be read. Reload the page and try again.");
  }
  return null;
}
