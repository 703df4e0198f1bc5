// Atlas Bank's demo action plan (fictitious): six initiatives in mixed states, one of them overdue,
// linked to the e-CRM factors and CX categories of its 2026 roadmap. Seeded once (by title).
import type { Db } from "../lib/platform/db/connect.ts";
import type { InitiativeStatus } from "../lib/platform/db/generated/client.ts";
import { DEMO_ASSESSMENT_NAME } from "./demo-assessment.ts";

interface DemoInitiative {
  title: string;
  factorKeys: string[];
  owner: string;
  dueDate: string | null;
  status: InitiativeStatus;
  completedAt?: string;
  notes: string;
  evidenceLinks: string[];
  fromRoadmap?: boolean;
}

/** Fixed dates: "Modernise the core" stays overdue (due 2026-11-20, still in progress). */
export const DEMO_INITIATIVES: readonly DemoInitiative[] = [
  {
    title: "Move customer data to one cloud data platform",
    factorKeys: ["infrastructure", "information-system"],
    owner: "admin@demo.meyar.example",
    dueDate: "2026-11-20",
    status: "IN_PROGRESS",
    notes: "Phase 1 of the roadmap. Vendor chosen; migration of the card and deposit systems is behind plan (data-quality issues).",
    evidenceLinks: ["https://intranet.atlas-bank.example/projects/cloud-data-platform"],
    fromRoadmap: true,
  },
  {
    title: "Digital-skills academy for branch and contact-centre staff",
    factorKeys: ["training", "motivation"],
    owner: "analyst@demo.meyar.example",
    dueDate: "2026-10-15",
    status: "DONE",
    completedAt: "2026-10-12T16:00:00Z",
    notes: "Four modules, 412 staff certified. Re-measure training and motivation in the next round.",
    evidenceLinks: ["https://intranet.atlas-bank.example/academy/report-2026.pdf"],
    fromRoadmap: true,
  },
  {
    title: "One customer view in the CRM for every channel",
    factorKeys: ["relationship-management", "interactions"],
    owner: "owner@demo.meyar.example",
    dueDate: "2027-03-31",
    status: "IN_PROGRESS",
    notes: "Contact-centre and mobile app first; branches in Q2.",
    evidenceLinks: [],
    fromRoadmap: true,
  },
  {
    title: "Digital-transformation portfolio board with quarterly benefit reviews",
    factorKeys: ["transformation-management", "digital-performance"],
    owner: "owner@demo.meyar.example",
    dueDate: "2027-05-31",
    status: "PLANNED",
    notes: "Every digital initiative gets a business case and a post-launch review.",
    evidenceLinks: [],
  },
  {
    title: "Return-on-investment model for e-CRM",
    factorKeys: ["roi-development"],
    owner: "analyst@demo.meyar.example",
    dueDate: null,
    status: "PLANNED",
    notes: "Waits for the cloud data platform (needs clean customer data).",
    evidenceLinks: [],
    fromRoadmap: true,
  },
  {
    title: "Chatbot pilot on the public website",
    factorKeys: ["access-application"],
    owner: "admin@demo.meyar.example",
    dueDate: "2026-09-30",
    status: "DROPPED",
    notes: "Dropped: the vendor could not meet the data-residency requirement. Revisit after the cloud platform.",
    evidenceLinks: [],
  },
];

export async function seedDemoActionPlan(db: Db, organizationId: string): Promise<void> {
  const existing = await db.initiative.count({ where: { organizationId } });
  if (existing > 0) return;
  const [members, assessment] = await Promise.all([
    db.membership.findMany({ where: { organizationId }, select: { id: true, userId: true, user: { select: { email: true } } } }),
    db.assessment.findFirst({ where: { organizationId, name: DEMO_ASSESSMENT_NAME }, select: { id: true } }),
  ]);
  const byEmail = new Map(members.map((m) => [m.user.email, m]));
  const creator = byEmail.get("owner@demo.meyar.example")?.userId ?? null;
  await db.$transaction(async (tx) => {
    for (const [n, d] of DEMO_INITIATIVES.entries()) {
      const createdAt = new Date(Date.UTC(2026, 10, 3 + n, 9, 0));
      await tx.initiative.create({
        data: {
          organizationId,
          title: d.title,
          factorKeys: d.factorKeys,
          ownerMembershipId: byEmail.get(d.owner)?.id ?? null,
          dueDate: d.dueDate ? new Date(`${d.dueDate}T00:00:00Z`) : null,
          status: d.status,
          completedAt: d.completedAt ? new Date(d.completedAt) : null,
          notes: d.notes,
          evidenceLinks: d.evidenceLinks,
          createdFromAssessmentId: d.fromRoadmap ? (assessment?.id ?? null) : null,
          createdById: creator,
          createdAt,
        },
      });
    }
  });
}
