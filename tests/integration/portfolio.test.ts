// The consultancy portfolio on a real database: only granted banks, a revoked grant is "not found"
// at once, assessments run for a client are created in the client and audited, and the comparison
// and its CSV agree with each client's own results.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccessError } from "../../lib/platform/access/access.ts";
import { createAssessment } from "../../lib/features/assessments/manage.ts";
import { addClientRespondents, createClientAssessment } from "../../lib/features/portfolio/actions.ts";
import { resolveClientAccess } from "../../lib/features/portfolio/access.ts";
import { guardOrg } from "../../lib/features/access/guard.ts";
import { PORTFOLIO } from "../../lib/features/access/requirements.ts";
import type { Role as GuardRole } from "../../lib/platform/db/generated/client.ts";
import type { SessionUser as GuardUser } from "../../lib/platform/access/access.ts";
import type { Db as GuardDb } from "../../lib/platform/db/connect.ts";

// The pages' declared requirements through the one guard (what requireOrgPage runs).
const resolvePortfolioAccess = (db: GuardDb, user: GuardUser | null, slug: string, minRole: GuardRole) =>
  guardOrg(db, { user }, slug, { ...PORTFOLIO, minRole });
import { COMPARISON_CSV_COLUMNS, comparisonCsv, loadComparison } from "../../lib/features/portfolio/compare.ts";
import { portfolioOverview } from "../../lib/features/portfolio/overview.ts";
import { clientAssessmentResults } from "../../lib/features/portfolio/results.ts";
import { median } from "../../lib/domain/statistics/index.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = "meyar-2026.1";

describe.each(enginesUnderTest())("consultancy portfolio on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
  });
  afterAll(async () => t?.dispose());

  it("lists only the banks with a live grant, with their latest overall index", async () => {
    const overview = await portfolioOverview(t.db, cast.consultancy.id);
    expect(overview.map((c) => c.bank.slug)).toEqual(["north-bank", "south-bank"]);
    for (const c of overview) {
      expect(c.assessments).toHaveLength(1);
      expect(c.latest).toMatchObject({ status: "CLOSED", invited: 8, submitted: 8 });
      const own = await clientAssessmentResults(
        t.db,
        cast.consultancy.id,
        await t.db.assessment.findUniqueOrThrow({ where: { id: c.latest?.id ?? "" } }),
        { intervals: false },
      );
      expect(c.latest?.overall?.mean).toBeCloseTo(own?.overall.mean ?? NaN, 10);
      expect(c.latest?.overall?.level).toBe(own?.overall.level);
    }
    expect(await portfolioOverview(t.db, cast.otherConsultancy.id)).toEqual([]);
  });

  it("a client outside the portfolio, a former client and an unknown bank are all 'not found'", async () => {
    const viewer = cast.consultancy.members.VIEWER;
    await expect(resolveClientAccess(t.db, viewer, cast.consultancy.slug, "north-bank", "VIEWER")).resolves.toMatchObject({
      bank: { slug: "north-bank" },
    });
    for (const bank of [cast.formerClient.slug, cast.orgB.slug, "no-such-bank"]) {
      await expect(resolveClientAccess(t.db, viewer, cast.consultancy.slug, bank, "VIEWER"), bank).rejects.toMatchObject({
        reason: "not-found",
      });
    }
    // A bank's own members have no portfolio.
    await expect(resolvePortfolioAccess(t.db, cast.a.OWNER, cast.orgA.slug, "VIEWER")).rejects.toBeInstanceOf(AccessError);
  });

  it("revoking a grant removes the client at once", async () => {
    const bank = cast.clients[1];
    if (!bank) throw new Error("cast");
    const grant = await t.db.accessGrant.findFirstOrThrow({
      where: { grantorOrgId: bank.id, granteeOrgId: cast.consultancy.id, revokedAt: null },
    });
    await t.db.accessGrant.update({ where: { id: grant.id }, data: { revokedAt: new Date() } });
    try {
      await expect(
        resolveClientAccess(t.db, cast.consultancy.members.OWNER, cast.consultancy.slug, bank.slug, "VIEWER"),
      ).rejects.toMatchObject({ reason: "not-found" });
      expect((await portfolioOverview(t.db, cast.consultancy.id)).map((c) => c.bank.slug)).toEqual(["north-bank"]);
      const refused = await createClientAssessment.invoke(t.db, cast.consultancy.members.OWNER, cast.consultancy.slug, {
        bank: bank.slug,
        name: "After revoke",
        frameworkVersion: FW,
        modules: "cx,ecrm",
        groups: "managers",
      });
      expect(refused).toMatchObject({ ok: false, status: 404 });
      expect(await t.db.assessment.count({ where: { organizationId: bank.id, name: "After revoke" } })).toBe(0);
    } finally {
      await t.db.accessGrant.update({ where: { id: grant.id }, data: { revokedAt: null } });
    }
  });

  it("the consultancy's admin creates an assessment in the client bank and adds respondents, both audited on both sides", async () => {
    const admin = cast.consultancy.members.ADMIN;
    const bank = cast.clients[0];
    if (!bank) throw new Error("cast");
    const created = await createClientAssessment.invoke(t.db, admin, cast.consultancy.slug, {
      bank: bank.slug,
      name: "North pulse 2027",
      frameworkVersion: FW,
      modules: "cx,ecrm",
      groups: "managers, employees",
    });
    if (!created.ok) throw new Error(created.error);
    const row = await t.db.assessment.findUniqueOrThrow({ where: { id: created.data.id } });
    expect(row).toMatchObject({ organizationId: bank.id, createdById: admin.id, status: "OPEN", groups: ["managers", "employees"] });
    const added = await addClientRespondents.invoke(t.db, admin, cast.consultancy.slug, {
      bank: bank.slug,
      assessmentId: row.id,
      list: "a@north.example,managers\nb@north.example,employees",
    });
    expect(added).toMatchObject({ ok: true, data: { added: 2, skipped: 0 } });
    expect(await t.db.respondent.count({ where: { assessmentId: row.id, organizationId: bank.id } })).toBe(2);

    const bankAudit = await t.db.auditEvent.findMany({ where: { organizationId: bank.id, target: row.id }, orderBy: { createdAt: "asc" } });
    expect(bankAudit.map((e) => [e.action, e.actorUserId, (e.detail as { viaOrganization?: string }).viaOrganization])).toEqual([
      ["assessment.created", admin.id, "gamma-advisory"],
      ["assessment.respondents-added", admin.id, "gamma-advisory"],
    ]);
    const ownAudit = await t.db.auditEvent.findMany({
      where: { organizationId: cast.consultancy.id, target: row.id },
      orderBy: { createdAt: "asc" },
    });
    expect(ownAudit.map((e) => e.action)).toEqual(["portfolio.assessment-created", "portfolio.respondents-added"]);
  });

  it("bad input is refused field by field and nothing is created; an analyst cannot run assessments", async () => {
    const bank = cast.clients[0];
    if (!bank) throw new Error("cast");
    const before = await t.db.assessment.count({ where: { organizationId: bank.id } });
    const bad = await createClientAssessment.invoke(t.db, cast.consultancy.members.OWNER, cast.consultancy.slug, {
      bank: bank.slug,
      name: "X",
      frameworkVersion: FW,
      modules: "cx",
      groups: "",
    });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {})).toEqual(expect.arrayContaining(["name", "groups"]));
    expect(
      await createClientAssessment.invoke(t.db, cast.consultancy.members.ANALYST, cast.consultancy.slug, {
        bank: bank.slug,
        name: "Analyst try",
        frameworkVersion: FW,
        modules: "cx,ecrm",
        groups: "managers",
      }),
    ).toMatchObject({ ok: false, status: 403 });
    expect(await t.db.assessment.count({ where: { organizationId: bank.id } })).toBe(before);
  });

  it("the bank-side create keeps its behaviour (no 'via' in its audit)", async () => {
    const r = await createAssessment.invoke(t.db, cast.a.ADMIN, cast.orgA.slug, {
      name: "Own baseline",
      frameworkVersion: FW,
      modules: "cx,ecrm",
      groups: "managers",
    });
    if (!r.ok) throw new Error(r.error);
    const audit = await t.db.auditEvent.findFirstOrThrow({ where: { organizationId: cast.orgA.id, target: r.data.id } });
    expect(audit).toMatchObject({ action: "assessment.created", detail: { name: "Own baseline" } });
  });

  it("compares each client's latest closed assessment against the portfolio median, and the CSV says the same", async () => {
    const c = await loadComparison(t.db, cast.consultancy.id);
    expect(c.clients.map((x) => x.slug)).toEqual(["north-bank", "south-bank"]);
    const own = await Promise.all(
      cast.clients.map(async (b) =>
        clientAssessmentResults(t.db, cast.consultancy.id, await t.db.assessment.findUniqueOrThrow({ where: { id: b.assessmentId } }), {
          intervals: false,
        }),
      ),
    );
    const overall = c.rows.find((r) => r.kind === "overall");
    expect(overall?.scores).toEqual(own.map((r) => r?.overall.mean));
    expect(overall?.market).toBeCloseTo(median(own.map((r) => r?.overall.mean ?? NaN)) ?? NaN, 10);
    const infra = c.rows.find((r) => r.kind === "factor" && r.key === "infrastructure");
    expect(infra?.scores).toEqual(own.map((r) => r?.factors.find((f) => f.key === "infrastructure")?.mean));
    expect(c.rows.filter((r) => r.kind === "module").map((r) => r.key)).toEqual(["cx", "ecrm"]);

    const csv = comparisonCsv(c).trimEnd().split("\r\n");
    expect(csv[0]).toBe(COMPARISON_CSV_COLUMNS.join(","));
    expect(csv).toHaveLength(1 + c.rows.length * 2);
    const northOverall = csv.find((l) => l.startsWith("overall,,overall,Overall index,north-bank,"))?.split(",");
    expect(Number(northOverall?.[COMPARISON_CSV_COLUMNS.indexOf("score")])).toBeCloseTo(own[0]?.overall.mean ?? NaN, 3);
    // The former client's data never appears.
    expect(csv.join("\n")).not.toContain("west-bank");
  });
});
