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
      const form = await request.clone().formData();
      const keys = [...form.keys()];
      // A form posted without JavaScript names its action in $ACTION_* fields; one posted by React's
      // client carries the argument list in field "0" (the form's own fields are prefixed "1_").
      const args = form.get("0");
      if (typeof args === "string") checkArguments(args);
      else if (!keys.some((k) => /^(\d+_)?\$ACTION_/.test(k))) throw new Error("no action arguments");
    } else {
      const text = await request.clone().text();
      checkArguments(text);
      if (referencesMissingParts(JSON.parse(text))) throw new Error("references parts a plain body has not");
    }
  } catch {
    return refusal(400, "This form could not be read. Reload the page and try again.");
  }
  return null;
}

// Strings React's reply encoder writes for values, as opposed to references to other parts or
// streams ("$K1", "$@2", "$Q3", …) that a plain-text body cannot contain.
const VALUE_MARKERS = /^\$(\$|D|n|N|I|-|u|undefined$|Infinity$|NaN$)/;

function checkArguments(text: string): void {
  const args: unknown = JSON.parse(text);
  if (!Array.isArray(args)) throw new Error("not an argument list");
}

/** For bodies without parts: every "$…" string must be a value marker, not a part reference. */
export function referencesMissingParts(value: unknown): boolean {
  if (typeof value === "string") return value.startsWith("$") && !VALUE_MARKERS.test(value);
  if (Array.isArray(value)) return value.some(referencesMissingParts);
  if (value && typeof value === "object") return Object.values(value).some(referencesMissingParts);
  return false;
}
