// Keyset pagination for API v1 lists ordered by (createdAt, id): a cursor names the last row of the
// previous page, so pages stay stable while rows are added.
import "server-only";
import { fail, type ActionFailure } from "../../platform/http/action-result.ts";

export interface PageCursor {
  createdAt: Date;
  id: string;
}

export function encodePageCursor(row: { createdAt: Date | string; id: string }): string {
  const createdAt = typeof row.createdAt === "string" ? row.createdAt : row.createdAt.toISOString();
  return Buffer.from(JSON.stringify([createdAt, row.id])).toString("base64url");
}

function decode(cursor: string): PageCursor | null {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (!Array.isArray(v) || v.length !== 2 || typeof v[0] !== "string" || typeof v[1] !== "string") return null;
    const createdAt = new Date(v[0]);
    return Number.isNaN(createdAt.getTime()) ? null : { createdAt, id: v[1] };
  } catch {
    return null;
  }
}

/** No cursor → the first page (null); a cursor that does not decode → a field error for the caller to return. */
export function readPageCursor(cursor: string | undefined): { ok: true; after: PageCursor | null } | { ok: false; failure: ActionFailure } {
  if (!cursor) return { ok: true, after: null };
  const after = decode(cursor);
  return after
    ? { ok: true, after }
    : {
        ok: false,
        failure: fail(422, "Please correct the highlighted fields.", {
          cursor: ["That cursor is not valid; use the nextCursor of a previous page."],
        }),
      };
}
