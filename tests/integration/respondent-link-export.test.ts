// Issue 17: with e-mail off, all copyable links of an assessment at once (CSV) — within the link
// rules: the bank's owners and admins; a consultancy's admins only for an assessment it runs; never
// a regulator, an analyst or another consultancy. Sent links are not in it; every download is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClientRespondents, createClientAssessment } from "../../lib/features/portfolio/actions.ts";
import { addRespondents } from "../../lib/features/assessments/manage.ts";
import { exportRespondentLinks } from "../../lib/delivery/exports/respondent-links-csv.ts";
import { parseCsv } from "../../lib/platform/http/csv.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = latestFramework.version;
const ORIGIN = "https://meyar.example";

describe.each(enginesUnderTest())("respondent links as CSV on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  let bankOwner: SessionUser;
  let bankAnalyst: SessionUser;
  let ownId: string;
  let runId: string;
  const bank = () => cast.clients[0]!;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
    const person = (email: string, name: string) =>
      t.db.user.create({ data: { email, name, passwordHash: "x" }, select: { id: true, email: true, name: true } });
    bankOwner = await person("owner@north.example", "North Owner");
    bankAnalyst = await person("analyst@north.example", "North Analyst");
    await t.db.membership.create({ data: { organizationId: bank().id, userId: bankOwner.id, role: "OWNER" } });
    await t.db.membership.create({ data: { organizationId: bank().id, userId: bankAnalyst.id, role: "ANALYST" } });
    const own = await t.db.assessment.create({
      data: {
        organizationId: bank().id,
        name: "North's own pulse",
        frameworkVersion: FW,
        modules: ["cx", "ecrm"],
        groups: ["managers"],
        createdById: bankOwner.id,
      },
    });
    ownId = own.id;
    await addRespondents.invoke(t.db, bankOwner, bank().slug, {
      assessmentId: ownId,
      list: "own1@north.example\nown2@north.example\nown3@north.example",
      defaultGroup: "managers",
    });
    // One was e-mailed: its link is not shown again, so it is not in the file either.
    await t.db.respondent.updateMany({ where: { assessmentId: ownId, email: "own3@north.example" }, data: { lastSentAt: new Date() } });
    const run = await createClientAssessment.invoke(t.db, cast.consultancy.members.ADMIN, cast.consultancy.slug, {
      bank: bank().slug,
      name: "Gamma-run pulse",
      frameworkVersion: FW,
      modules: "cx,ecrm",
      groups: "managers",
    });
    if (!run.ok) throw new Error(run.error);
    runId = (run.data as { id: string }).id;
    await addClientRespondents.invoke(t.db, cast.consultancy.members.ADMIN, cast.consultancy.slug, {
      bank: bank().slug,
      assessmentId: runId,
      list: "run1@north.example",
      defaultGroup: "managers",
    });
  });
  afterAll(async () => t?.dispose());

  it("gives the bank's owner every unsent link of its assessment and records the download", async () => {
    const result = await exportRespondentLinks(t.db, bankOwner, { orgSlug: bank().slug, assessmentId: ownId, origin: ORIGIN });
    if (!result.ok) throw new Error(result.error);
    const [header, ...lines] = parseCsv(result.data.csv);
    expect(header).toEqual(["email", "group", "status", "link"]);
    expect(lines.map((l) => l[0]).sort()).toEqual(["own1@north.example", "own2@north.example"]);
    expect(lines.every((l) => l[3]?.startsWith(`${ORIGIN}/respond/`))).toBe(true);
    expect(result.data).toMatchObject({ count: 2, filename: "north-s-own-pulse-respondent-links.csv" });
    const audit = await t.db.auditEvent.findFirst({ where: { organizationId: bank().id, action: "assessment.links-exported" } });
    expect(audit).toMatchObject({ actorUserId: bankOwner.id, target: ownId, detail: { count: 2 } });
  });

  it("refuses an analyst, a regulator and the consultancy for the bank's own assessment, recording nothing", async () => {
    const before = await t.db.auditEvent.count({ where: { action: "assessment.links-exported" } });
    expect(await exportRespondentLinks(t.db, bankAnalyst, { orgSlug: bank().slug, assessmentId: ownId, origin: ORIGIN })).toMatchObject({
      ok: false,
      status: 403,
    });
    expect(
      await exportRespondentLinks(t.db, cast.regulator.members.OWNER, {
        orgSlug: cast.regulator.slug,
        assessmentId: ownId,
        origin: ORIGIN,
      }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(
      await exportRespondentLinks(t.db, cast.consultancy.members.OWNER, {
        orgSlug: cast.consultancy.slug,
        bankSlug: bank().slug,
        assessmentId: ownId,
        origin: ORIGIN,
      }),
    ).toMatchObject({ ok: false, status: 403, error: expect.stringContaining("North Bank runs this assessment") });
    expect(
      await exportRespondentLinks(t.db, cast.otherConsultancy.members.OWNER, {
        orgSlug: cast.otherConsultancy.slug,
        bankSlug: bank().slug,
        assessmentId: runId,
        origin: ORIGIN,
      }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.auditEvent.count({ where: { action: "assessment.links-exported" } })).toBe(before);
  });

  it("gives the consultancy's admins the links of an assessment it runs, but not its analysts", async () => {
    const asked = (user: SessionUser) =>
      exportRespondentLinks(t.db, user, { orgSlug: cast.consultancy.slug, bankSlug: bank().slug, assessmentId: runId, origin: ORIGIN });
    const result = await asked(cast.consultancy.members.ADMIN);
    if (!result.ok) throw new Error(result.error);
    expect(
      parseCsv(result.data.csv)
        .slice(1)
        .map((l) => l[0]),
    ).toEqual(["run1@north.example"]);
    expect(await asked(cast.consultancy.members.ANALYST)).toMatchObject({ ok: false, status: 403 });
  });
});
