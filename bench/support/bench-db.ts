// A seeded benchmark database: the demo data, an open assessment whose respondents save answers, and
// a closed assessment of DASHBOARD_RESPONDENTS submitted respondents for the results dashboard.
// PostgreSQL uses a fresh database on 127.0.0.1:5432 that `drop()` removes; PGlite a fresh folder.
import { rmSync } from "node:fs";
import pg from "pg";
import { prepare } from "../../scripts/prepare.ts";
import { createPrismaClient } from "../../lib/platform/db/connect.ts";
import { issueRespondentToken } from "../../lib/features/assessments/respondent-links.ts";
import { allItems, latestFramework } from "../../lib/domain/instrument/index.ts";
import { demoAnswers } from "../../prisma/demo-assessment.ts";

export type Engine = "postgres" | "pglite";

export interface BenchDatabase {
  url: string;
  /** Item keys of the open assessment (cx + ecrm). */
  items: string[];
  /** Personal links of the open assessment's respondents. */
  tokens: string[];
  openAssessmentId: string;
  dashboardAssessmentId: string;
  drop(): Promise<void>;
}

const ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

async function adminSql(sql: string): Promise<void> {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  await c.query(sql).finally(() => c.end());
}

export async function createBenchDatabase(engine: Engine, respondents: number, dashboardRespondents: number): Promise<BenchDatabase> {
  const dbName = `meyar_bench_${Date.now()}`;
  const url = engine === "postgres" ? `postgresql://postgres@127.0.0.1:5432/${dbName}` : "file:.data/bench";
  if (engine === "postgres") await adminSql(`CREATE DATABASE "${dbName}"`);
  else rmSync(".data/bench", { recursive: true, force: true });

  process.env.DATABASE_URL = url;
  process.env.MEYAR_SKIP_BUILD = "1";
  process.env.MEYAR_DEMO_DATA = "true";
  await prepare();

  const modules = ["cx", "ecrm"] as const;
  const items = allItems(latestFramework, [...modules]).map((i) => i.key);
  const { prisma, close } = createPrismaClient(url);
  try {
    const org = await prisma.organization.findUniqueOrThrow({ where: { slug: "atlas-bank" } });
    const base = {
      organizationId: org.id,
      frameworkVersion: latestFramework.version,
      modules: [...modules],
      groups: ["managers", "employees"],
    };
    const open = await prisma.assessment.create({ data: { ...base, name: "Bench load" } });
    const tokens: string[] = [];
    const rows = Array.from({ length: respondents }, (_, i) => {
      const t = issueRespondentToken();
      tokens.push(t.token);
      return {
        assessmentId: open.id,
        organizationId: org.id,
        email: `bench${i}@atlas-bank.example`,
        group: i % 2 ? "managers" : "employees",
        tokenHash: t.tokenHash,
        tokenSealed: t.tokenSealed,
      };
    });
    await prisma.respondent.createMany({ data: rows });

    const closed = await prisma.assessment.create({ data: { ...base, name: `Bench ${dashboardRespondents}`, status: "CLOSED" } });
    for (const r of demoAnswers(7, dashboardRespondents)) {
      const t = issueRespondentToken();
      const resp = await prisma.respondent.create({
        data: {
          assessmentId: closed.id,
          organizationId: org.id,
          email: r.email,
          group: r.group,
          tokenHash: t.tokenHash,
          tokenSealed: t.tokenSealed,
          submittedAt: new Date(),
        },
      });
      await prisma.answer.createMany({
        data: Object.entries(r.answers).map(([itemKey, value]) => ({ respondentId: resp.id, itemKey, value, answeredAt: new Date() })),
      });
    }
    return {
      url,
      items,
      tokens,
      openAssessmentId: open.id,
      dashboardAssessmentId: closed.id,
      drop: async () => {
        if (engine === "postgres") await adminSql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
      },
    };
  } finally {
    await close();
  }
}

/** Answers stored for the open assessment (each save of a new item adds one row). */
export async function storedAnswers(url: string, assessmentId: string): Promise<number> {
  const { prisma, close } = createPrismaClient(url);
  try {
    return await prisma.answer.count({ where: { respondent: { assessmentId } } });
  } finally {
    await close();
  }
}
