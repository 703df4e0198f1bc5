// GET /:org/assessments/:id/links.csv – the copyable respondent links of a bank's assessment (owners and admins).
import { respondentLinksResponse } from "@/lib/delivery/exports/link-export-response";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; id: string }> }) {
  const { org, id } = await params;
  return respondentLinksResponse({ orgSlug: org, assessmentId: id });
}
