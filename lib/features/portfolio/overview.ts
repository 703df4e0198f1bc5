// The consultancy's portfolio: every bank with a live CONSULTANCY grant, with its assessments
// (status, respondents, latest overall index and level).
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { AssessmentStatus, Organization } from "../../platform/db/generated/client.ts";
import { grantedInstitutions } from "../grants/grants.ts";
import type { ScoreView } from "../../view/results/types.ts";
import { clientAssessmentResults } from "./results.ts";

export interface ClientAssessmentSummary {
  id: string;
  name: string;
  status: AssessmentStatus;
  createdAt: Date;
  invited: number;
  submitted: number;
  /** Overall index of the submitted answers; null while nobody has submitted. */
  overall: ScoreView | null;
}

export interface ClientSummary {
  bank: Pick<Organization, "id" | "slug" | "name" | "ownership" | "sizeBand" | "region" | "isDemo">;
  assessments: ClientAssessmentSummary[];
  /** The newest assessment with a score (any status). */
  latest: ClientAssessmentSummary | null;
}

export async function clientAssessments(db: Db, consultancyOrgId: string, bankId: string): Promise<ClientAssessmentSummary[]> {
  const assessments = await db.assessment.findMany({ where: { organizationId: bankId }, orderBy: { createdAt: "desc" } });
  const counts = await db.respondent.groupBy({
    by: ["assessmentId"],
    where: { organizationId: bankId, revokedAt: null },
    _count: { _all: true, submittedAt: true },
  });
  const byId = new Map(counts.map((c) => [c.assessmentId, { invited: c._count._all, submitted: c._count.submittedAt }]));
  const out: ClientAssessmentSummary[] = [];
  for (const a of assessments) {
    const n = byId.get(a.id) ?? { invited: 0, submitted: 0 };
    const results = n.submitted > 0 ? await clientAssessmentResults(db, consultancyOrgId, a, { intervals: false }) : null;
    const o = results?.overall;
    out.push({
      id: a.id,
      name: a.name,
      status: a.status,
      createdAt: a.createdAt,
      invited: n.invited,
      submitted: n.submitted,
      overall: o && o.mean !== null ? { mean: o.mean, percent: o.percent, level: o.level, levelName: o.levelName } : null,
    });
  }
  return out;
}

export async function portfolioOverview(db: Db, consultancyOrgId: string): Promise<ClientSummary[]> {
  const banks = await grantedInstitutions(db, consultancyOrgId, "CONSULTANCY");
  const out: ClientSummary[] = [];
  for (const bank of banks) {
    const assessments = await clientAssessments(db, consultancyOrgId, bank.id);
    out.push({
      bank: {
        id: bank.id,
        slug: bank.slug,
        name: bank.name,
        ownership: bank.ownership,
        sizeBand: bank.sizeBand,
        region: bank.region,
        isDemo: bank.isDemo,
      },
      assessments,
      latest: assessments.find((a) => a.overall !== null) ?? null,
    });
  }
  return out;
}
