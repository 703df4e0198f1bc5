// The example report a new bank can look at before it has results of its own: the executive
// report of the fictitious demo assessment (Atlas Bank (demo)), computed without a database.
// Rendered once per server process: it never changes between releases.
import "server-only";
import { latestFramework } from "../../domain/instrument/index.ts";
import { demoReportInput } from "./demo-report-input.ts";
import { renderExecutiveReport } from "./render-report.ts";

let rendered: Promise<Buffer> | null = null;

export function exampleReportPdf(): Promise<Buffer> {
  rendered ??= renderExecutiveReport(demoReportInput(), latestFramework).catch((e: unknown) => {
    rendered = null;
    throw e;
  });
  return rendered;
}

export async function exampleReportResponse(): Promise<Response> {
  const pdf = await exampleReportPdf();
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": 'inline; filename="meyar-example-executive-report.pdf"',
      "Content-Length": String(pdf.length),
      "Cache-Control": "public, max-age=3600",
    },
  });
}
