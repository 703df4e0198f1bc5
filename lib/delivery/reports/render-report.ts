// Renders the executive report to PDF bytes on the server (no browser).
import { createElement } from "react";
import { Font, renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import type { FrameworkDef } from "../../domain/instrument/types.ts";
import { ExecutiveReport } from "./executive-report.tsx";
import type { ReportInput } from "./report-data.ts";

// No hyphenation: a word split across lines would not be found by a text search in the PDF.
Font.registerHyphenationCallback((word) => [word]);

export async function renderExecutiveReport(input: ReportInput, framework: FrameworkDef): Promise<Buffer> {
  const doc = createElement(ExecutiveReport, { input, sources: framework.sources }) as unknown as ReactElement<DocumentProps>;
  return renderToBuffer(doc);
}

export function reportFileName(assessmentName: string): string {
  const base =
    assessmentName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "assessment";
  return `${base}-executive-report.pdf`;
}
