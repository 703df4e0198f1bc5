// The respondent-links CSV as an HTTP answer (both routes: a bank's assessment, a consultancy's client assessment).
import "server-only";
import { db } from "../../platform/db/prisma.ts";
import { currentUser } from "../../platform/access/session.ts";
import { jsonResponse } from "../../platform/http/json-response.ts";
import { requestOrigin } from "../../platform/http/request-origin.ts";
import { exportRespondentLinks } from "./respondent-links-csv.ts";

export async function respondentLinksResponse(request: { orgSlug: string; bankSlug?: string; assessmentId: string }): Promise<Response> {
  const result = await exportRespondentLinks(db, await currentUser(), { ...request, origin: await requestOrigin() });
  if (!result.ok) return jsonResponse(result);
  return new Response(result.data.csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${result.data.filename}"`,
      "cache-control": "no-store",
    },
  });
}
