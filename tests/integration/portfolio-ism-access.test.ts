// Access matrix of the consultancy portfolio and the ISM studies: every page loader, route and action
// × every role × every organisation kind (bank, consultancy with clients, consultancy without, regulator),
// plus non-members, nobody signed in, and clients whose grant was revoked or never given.
// Denied requests change nothing anywhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import type { ActionResult } from "../../lib/platform/http/action-result.ts";
import type { OrgKind, Role } from "../../lib/platform/db/generated/client.ts";
import { hasRole } from "../../lib/platform/access/roles.ts";
import { resolveClientAccess } from "../../lib/features/portfolio/access.ts";
import { guardOrg } from "../../lib/features/access/guard.ts";
import { ISM_STUDIES, PORTFOLIO } from "../../lib/features/access/requirements.ts";
import type { Role as GuardRole } from "../../lib/platform/db/generated/client.ts";
import type { SessionUser as GuardUser } from "../../lib/platform/access/access.ts";
import type { Db as GuardDb } from "../../lib/platform/db/connect.ts";

// The pages' declared requirements through the one guard (what requireOrgPage runs).
const resolvePortfolioAccess = (db: GuardDb, user: GuardUser | null, slug: string, minRole: GuardRole) =>
  guardOrg(db, { user }, slug, { ...PORTFOLIO, minRole });
const resolveIsmStudyAccess = (db: GuardDb, user: GuardUser | null, slug: string, minRole: GuardRole) =>
  guardOrg(db, { user }, slug, { ...ISM_STUDIES, minRole });
import { actionsNamed } from "../../lib/features/action-registry/registry.ts";
import { exportComparisonCsv } from "../../lib/features/portfolio/compare.ts";
import { portfolioOverview } from "../../lib/features/portfolio/overview.ts";
import { getIsmStudy, listIsmStudies } from "../../lib/features/ism-studies/queries.ts";
import { aggregateStudy } from "../../lib/features/ism-studies/aggregation.ts";
import { findExpert, saveJudgement } from "../../lib/features/ism-studies/expert.ts";
import { issueExpertToken } from "../../lib/features/ism-studies/expert-links.ts";
import { studyPairs } from "../../lib/features/ism-studies/factors.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";
import type { Db } from "../../lib/platform/db/connect.ts";

const portfolioActions = actionsNamed("portfolio.");
const ismStudyActions = actionsNamed("ism-study.");
const ROLES = ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const;
const FW = "meyar-2026.1";

interface Caller {
  label: string;
  user: SessionUser | null;
  orgSlug: string;
  /** The caller's kind of organisation, "outsider" for a member of another organisation, "anonymous" when signed out. */
  kind: OrgKind | "outsider" | "anonymous";
  /** Set for the consultancy that holds live grants. */
  hasClients: boolean;
  role: Role;
}

type Outcome = "ok" | 401 | 403 | 404;
type BankVariant = "granted" | "revoked" | "never-granted";

/** Runs an operation and reduces its result to ok or a status; 409 (state, e.g. already closed) counts as allowed. */
async function outcome(run: () => Promise<ActionResult<unknown> | unknown>): Promise<Outcome | number> {
  try {
    const r = await run();
    if (r && typeof r === "object" && "ok" in r && "status" in r && r.ok === false) {
      const status = Number(r.status);
      return status === 409 ? "ok" : status;
    }
    return "ok";
  } catch (e) {
    if (e && typeof e === "object" && "status" in e) return (e as { status: number }).status;
    throw e;
  }
}

async function snapshot(db: Db) {
  const [studies, experts, judgements, adopted, assessments, respondents, audit] = await Promise.all([
    db.ismStudy.findMany({ orderBy: { id: "asc" } }),
    db.ismExpert.findMany({ orderBy: { id: "asc" } }),
    db.ismJudgement.count(),
    db.adoptedIsmModel.findMany({ orderBy: { organizationId: "asc" } }),
    db.assessment.findMany({ orderBy: { id: "asc" } }),
    db.respondent.count(),
    db.auditEvent.count(),
  ]);
  return JSON.stringify({ studies, experts, judgements, adopted, assessments, respondents, audit });
}

describe.each(enginesUnderTest())("portfolio and ISM-study access matrix on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  const callers: Caller[] = [];
  /** Per organisation slug: a study, one revocable expert per role, and one expert who answered everything. */
  const studies = new Map<string, { studyId: string; expertByRole: Record<Role, string> }>();
  const bankFor: Record<BankVariant, { slug: string; assessmentId: string }> = {} as never;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
    for (const role of ROLES) {
      callers.push({ label: `bank ${role}`, user: cast.a[role], orgSlug: cast.orgA.slug, kind: "BANK", hasClients: false, role });
      callers.push({
        label: `consultancy ${role}`,
        user: cast.consultancy.members[role],
        orgSlug: cast.consultancy.slug,
        kind: "CONSULTANCY",
        hasClients: true,
        role,
      });
      callers.push({
        label: `consultancy without clients ${role}`,
        user: cast.otherConsultancy.members[role],
        orgSlug: cast.otherConsultancy.slug,
        kind: "CONSULTANCY",
        hasClients: false,
        role,
      });
      callers.push({
        label: `regulator ${role}`,
        user: cast.regulator.members[role],
        orgSlug: cast.regulator.slug,
        kind: "REGULATOR",
        hasClients: false,
        role,
      });
      // A member of a bank trying the consultancy's address.
      callers.push({
        label: `outsider ${role}`,
        user: cast.a[role],
        orgSlug: cast.consultancy.slug,
        kind: "outsider",
        hasClients: false,
        role,
      });
    }
    callers.push({ label: "signed out", user: null, orgSlug: cast.consultancy.slug, kind: "anonymous", hasClients: false, role: "OWNER" });

    const north = cast.clients[0];
    if (!north) throw new Error("cast");
    const open = await t.db.assessment.create({
      data: {
        organizationId: north.id,
        runByOrgId: cast.consultancy.id,
        name: "North open",
        frameworkVersion: FW,
        modules: ["cx", "ecrm"],
        groups: ["managers"],
      },
    });
    bankFor.granted = { slug: north.slug, assessmentId: open.id };
    bankFor.revoked = { slug: cast.formerClient.slug, assessmentId: cast.formerClient.assessmentId };
    bankFor["never-granted"] = { slug: cast.orgB.slug, assessmentId: cast.bAssessmentId };

    for (const org of [{ id: cast.orgA.id, slug: cast.orgA.slug }, cast.consultancy, cast.otherConsultancy]) {
      const study = await t.db.ismStudy.create({
        data: {
          organizationId: org.id,
          name: `${org.slug} panel`,
          factorKeys: ["infrastructure", "training", "motivation"],
          factorNames: ["Infrastructure", "Training", "Motivation"],
        },
      });
      const expertByRole = {} as Record<Role, string>;
      for (const role of ROLES) {
        const e = await t.db.ismExpert.create({
          data: { studyId: study.id, organizationId: org.id, email: `${role.toLowerCase()}@experts.example`, name: role, ...tokenRow() },
        });
        expertByRole[role] = e.id;
      }
      const finished = await t.db.ismExpert.create({
        data: { studyId: study.id, organizationId: org.id, email: "done@experts.example", name: "Done", ...tokenRow() },
      });
      await t.db.ismJudgement.createMany({ data: studyPairs(3).map((p) => ({ expertId: finished.id, ...p, letter: "V" })) });
      studies.set(org.slug, { studyId: study.id, expertByRole });
    }
  });
  afterAll(async () => t?.dispose());

  function tokenRow() {
    const { tokenHash, tokenSealed } = issueExpertToken();
    return { tokenHash, tokenSealed };
  }

  function expectedPortfolio(c: Caller, minRole: Role, bank: BankVariant | null): Outcome {
    if (c.kind === "anonymous") return 401;
    if (c.kind === "outsider") return 404;
    if (!hasRole(c.role, minRole)) return 403;
    if (c.kind !== "CONSULTANCY") return 404;
    if (bank === null) return "ok";
    return c.hasClients && bank === "granted" ? "ok" : 404;
  }

  // A regulator has no studies: pages and actions alike answer "not found" (declared kinds of the guard).
  function expectedIsm(c: Caller, minRole: Role, _isAction: boolean): Outcome {
    if (c.kind === "anonymous") return 401;
    if (c.kind === "outsider") return 404;
    if (!hasRole(c.role, minRole)) return 403;
    if (c.kind === "REGULATOR") return 404;
    return "ok";
  }

  async function check(name: string, expected: (c: Caller) => Outcome, run: (c: Caller) => Promise<unknown>) {
    for (const c of callers) {
      const want = expected(c);
      const before = want === "ok" ? null : await snapshot(t.db);
      expect(await outcome(() => run(c)), `${name} as ${c.label}`).toBe(want);
      if (before !== null) expect(await snapshot(t.db), `${name} as ${c.label} changed data`).toBe(before);
    }
  }

  it("covers every portfolio and ISM-study action", () => {
    expect([...portfolioActions, ...ismStudyActions].map((a) => a.name).sort()).toEqual([
      "ism-study.add-experts",
      "ism-study.adopt",
      "ism-study.close",
      "ism-study.create",
      "ism-study.reopen",
      "ism-study.reset-model",
      "ism-study.revoke-expert",
      "portfolio.add-respondents",
      "portfolio.create-assessment",
    ]);
    for (const a of [...portfolioActions, ...ismStudyActions]) expect(a.minRole, a.name).toBe("ADMIN");
  });

  it("GET /[org]/clients (page)", async () => {
    await check(
      "clients page",
      (c) => expectedPortfolio(c, "VIEWER", null),
      async (c) => portfolioOverview(t.db, (await resolvePortfolioAccess(t.db, c.user, c.orgSlug, "VIEWER")).org.id),
    );
  });

  it("GET /[org]/clients/comparison.csv (route, ANALYST and up)", async () => {
    await check(
      "comparison.csv",
      (c) => expectedPortfolio(c, "ANALYST", null),
      (c) => exportComparisonCsv(t.db, c.user, c.orgSlug),
    );
  });

  for (const bank of ["granted", "revoked", "never-granted"] as const) {
    it(`GET /[org]/clients/[bank] and …/assessments/[id] (pages) for a ${bank} bank`, async () => {
      await check(
        `client page (${bank})`,
        (c) => expectedPortfolio(c, "VIEWER", bank),
        (c) => resolveClientAccess(t.db, c.user, c.orgSlug, bankFor[bank].slug, "VIEWER"),
      );
      await check(
        `client assessment page (${bank})`,
        (c) => expectedPortfolio(c, "VIEWER", bank),
        async (c) => {
          const ctx = await resolveClientAccess(t.db, c.user, c.orgSlug, bankFor[bank].slug, "VIEWER");
          return t.db.assessment.findFirstOrThrow({ where: { id: bankFor[bank].assessmentId, organizationId: ctx.bank.id } });
        },
      );
    });

    it(`portfolio actions for a ${bank} bank`, async () => {
      const [create, add] = portfolioActions;
      if (!create || !add) throw new Error("portfolio actions");
      await check(
        `${create.name} (${bank})`,
        (c) => expectedPortfolio(c, create.minRole, bank),
        (c) =>
          create.invoke(t.db, c.user, c.orgSlug, {
            bank: bankFor[bank].slug,
            name: `Run by ${c.label}`,
            frameworkVersion: FW,
            modules: "cx,ecrm",
            groups: "managers",
          }),
      );
      await check(
        `${add.name} (${bank})`,
        (c) => expectedPortfolio(c, add.minRole, bank),
        (c) =>
          add.invoke(t.db, c.user, c.orgSlug, {
            bank: bankFor[bank].slug,
            assessmentId: bankFor[bank].assessmentId,
            list: `${c.role.toLowerCase()}@resp.example,managers`,
          }),
      );
    });
  }

  it("GET /[org]/ism-studies and /[org]/ism-studies/[id] (pages)", async () => {
    await check(
      "ism-studies page",
      (c) => expectedIsm(c, "VIEWER", false),
      async (c) => listIsmStudies(t.db, (await resolveIsmStudyAccess(t.db, c.user, c.orgSlug, "VIEWER")).org.id),
    );
    await check(
      "ism-study page",
      (c) => expectedIsm(c, "VIEWER", false),
      async (c) => {
        const ctx = await resolveIsmStudyAccess(t.db, c.user, c.orgSlug, "VIEWER");
        const study = await getIsmStudy(t.db, ctx.org.id, studies.get(c.orgSlug)?.studyId ?? "");
        if (!study) throw Object.assign(new Error("study not found"), { status: 404 });
        return aggregateStudy(t.db, ctx.org.id, study, { kind: "majority" });
      },
    );
  });

  const inputs: Record<
    string,
    (c: Caller, s: { studyId: string; expertByRole: Record<Role, string> } | undefined) => Record<string, string>
  > = {
    "ism-study.create": () => ({ name: "Matrix study", factorSource: "instrument" }),
    "ism-study.add-experts": (_c, s) => ({ studyId: s?.studyId ?? "none", list: "New Expert, new@experts.example" }),
    "ism-study.revoke-expert": (c, s) => ({ studyId: s?.studyId ?? "none", expertId: s?.expertByRole[c.role] ?? "none" }),
    "ism-study.close": (_c, s) => ({ studyId: s?.studyId ?? "none" }),
    "ism-study.reopen": (_c, s) => ({ studyId: s?.studyId ?? "none" }),
    "ism-study.adopt": (_c, s) => ({ studyId: s?.studyId ?? "none", rule: "majority" }),
    "ism-study.reset-model": () => ({}),
  };
  for (const action of ismStudyActions) {
    it(`${action.name} (action)`, async () => {
      const input = inputs[action.name];
      if (!input) throw new Error(`no input for ${action.name}`);
      await check(
        action.name,
        (c) => expectedIsm(c, action.minRole, true),
        (c) => action.invoke(t.db, c.user, c.orgSlug, input(c, studies.get(c.orgSlug))),
      );
    });
  }

  it("another organisation's study cannot be reached through one's own address", async () => {
    const foreign = studies.get(cast.orgA.slug);
    if (!foreign) throw new Error("fixtures");
    const before = await snapshot(t.db);
    for (const action of ismStudyActions.filter((a) => a.name !== "ism-study.create" && a.name !== "ism-study.reset-model")) {
      const input = inputs[action.name]?.({ role: "OWNER" } as Caller, foreign) ?? {};
      expect(await action.invoke(t.db, cast.consultancy.members.OWNER, cast.consultancy.slug, input), action.name).toMatchObject({
        ok: false,
        status: 404,
      });
    }
    expect(await snapshot(t.db)).toBe(before);
  });

  it("expert links (GET/POST /api/ism/[token]/judgements, page /ism/[token]): live, revoked, forged, closed study", async () => {
    const s = studies.get(cast.consultancy.slug);
    if (!s) throw new Error("fixtures");
    const live = issueExpertToken();
    await t.db.ismExpert.create({
      data: {
        studyId: s.studyId,
        organizationId: cast.consultancy.id,
        email: "live@experts.example",
        name: "Live",
        tokenHash: live.tokenHash,
        tokenSealed: live.tokenSealed,
      },
    });
    const revoked = issueExpertToken();
    await t.db.ismExpert.create({
      data: {
        studyId: s.studyId,
        organizationId: cast.consultancy.id,
        email: "gone@experts.example",
        name: "Gone",
        tokenHash: revoked.tokenHash,
        tokenSealed: revoked.tokenSealed,
        revokedAt: new Date(),
      },
    });
    await t.db.ismStudy.update({ where: { id: s.studyId }, data: { status: "OPEN" } });
    expect(await findExpert(t.db, live.token)).not.toBeNull();
    expect(await saveJudgement(t.db, live.token, { i: 0, j: 1, letter: "X" })).toMatchObject({ ok: true });
    for (const dead of [revoked.token, issueExpertToken().token, "x".repeat(43)]) {
      expect(await findExpert(t.db, dead)).toBeNull();
      expect(await saveJudgement(t.db, dead, { i: 0, j: 1, letter: "X" })).toMatchObject({ ok: false, status: 404 });
    }
    await t.db.ismStudy.update({ where: { id: s.studyId }, data: { status: "CLOSED" } });
    expect(await findExpert(t.db, live.token)).not.toBeNull();
    expect(await saveJudgement(t.db, live.token, { i: 0, j: 2, letter: "X" })).toMatchObject({ ok: false, status: 409 });
  });
});
