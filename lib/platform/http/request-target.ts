// Request targets no page or route can serve: a path with control characters (a NUL byte cannot even
// be stored in PostgreSQL text, so it would surface as a database fault) or broken percent-encoding.
// The server refuses them with 400 before Next sees them, so no malformed address answers 500.

const CONTROL = /[\u0000-\u001f\u007f]/;

/** Why this request target cannot be served, or null when it can. */
export function unreadableTarget(target: string | undefined): string | null {
  if (target === undefined || target === "") return "No address was given.";
  const path = target.split("?")[0] ?? "";
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return "This address is not validly encoded.";
  }
  if (CONTROL.test(decoded)) return "This address contains control characters.";
  return null;
}
