import { exampleReportResponse } from "@/lib/delivery/reports/example-report";

// GET /docs/example-report.pdf – the executive report of the fictitious demo bank: what a bank gets
// once its respondents have answered. Public: it holds no one's data.
export function GET(): Promise<Response> {
  return exampleReportResponse();
}
