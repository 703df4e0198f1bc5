// GET /:org/clients/:bank/assessments/:id/links.csv – the copyable respondent links of an
// assessment this consultancy runs for the client (its admins; never the bank's own assessments).
import { respondentLinksResponse } from "@/lib/delivery/exports/link-export-response";

export async function GET(_request: Request, { params }: { params: Promise<{ org: string; bank: string; id: string }> }) {
  const { org, bank, id } = await params;
  return respondentLinksResponse({ orgSlug: org, bankSlug: bank, assessmentId: id });
}
