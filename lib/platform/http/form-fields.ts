import "server-only";
/** Next adds $ACTION_* entries to server-action form data; they are not user input. */
export function stripActionKeys(fields: Record<string, FormDataEntryValue>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (!k.startsWith("$ACTION") && typeof v === "string") out[k] = v;
  return out;
}
