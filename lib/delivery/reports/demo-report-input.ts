// The executive report's input for the seeded demo assessment (Atlas Bank (demo)), computed without a
// database from the same generator the seed uses. Shared by the PDF test and bench/report.ts.
import { latestFramework, type ModuleKey } from "../../domain/instrument/index.ts";
import type { LikertAnswer } from "../../domain/instrument/types.ts";
import { computeAssessmentResults } from "../../view/results/compute-results.ts";
import { publishedReferenceModel } from "../../domain/ism/index.ts";
import { DEFAULT_ANONYMITY_THRESHOLD } from "../../view/results/anonymity.ts";
import { DEMO_ASSESSMENT_NAME, demoAnswers } from "../../../prisma/demo-assessment.ts";
import type { ReportInput } from "./report-data.ts";

export function demoReportInput(count = 30): ReportInput {
  const modules: ModuleKey[] = ["cx", "ecrm"];
  const responses = demoAnswers(2026, count).map((r, i) => ({
    respondentId: `r${i}`,
    group: r.group,
    answers: r.answers as Record<string, LikertAnswer>,
  }));
  const results = computeAssessmentResults({
    framework: latestFramework,
    modules,
    groups: ["managers", "employees"],
    responses,
    ismModel: publishedReferenceModel(),
    anonymityThreshold: DEFAULT_ANONYMITY_THRESHOLD,
  });
  return {
    organization: { name: "Atlas Bank (demo)", isDemo: true },
    assessment: {
      name: DEMO_ASSESSMENT_NAME,
      status: "CLOSED",
      createdAt: new Date("2026-10-01T08:00:00Z"),
      closedAt: new Date("2026-10-31T17:00:00Z"),
    },
    generatedAt: new Date("2026-12-01T09:00:00Z"),
    results,
    submitted: responses.length,
    benchmark: null,
  };
}
