// GET /:org/instrument-health/review-kit.csv?framework= – the content-validity review kit of a framework version
// (default: the latest): one row per statement with its factor, definition and source, and empty columns for an
// expert's relevance rating and comment (docs/SCORING.md §15). For those who see instrument health.
import { z } from "zod";
import { withOrg } from "@/lib/features/access/route";
import { INSTRUMENT_HEALTH } from "@/lib/features/access/requirements";
import { frameworks, latestFramework, requireFramework } from "@/lib/domain/instrument";
import { reviewKitCsv, reviewKitFileName } from "@/lib/delivery/exports/review-kit";

const query = z.object({
  framework: z
    .string()
    .refine((v) => Object.prototype.hasOwnProperty.call(frameworks, v), "not a published framework version")
    .default(latestFramework.version),
});

export const GET = withOrg(INSTRUMENT_HEALTH, async (request) => {
  const parsed = query.safeParse({ framework: new URL(request.url).searchParams.get("framework") ?? undefined });
  if (!parsed.success) return Response.json({ error: "Unknown framework version." }, { status: 400 });
  const framework = requireFramework(parsed.data.framework);
  return new Response(reviewKitCsv(framework), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${reviewKitFileName(framework)}"`,
      "cache-control": "private, no-store",
    },
  });
});
