// Issue 11.4: a respondent's personal link reads and overwrites that person's answers, so it is
// shown only to the bank's owners and admins, and to a consultancy only for an assessment that
// consultancy runs; revoking the grant rotates every link the consultancy could see.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addClientRespondents, createClientAssessment } from "../../lib/features/portfolio/actions.ts";
import { addRespondents } from "../../lib/features/assessments/manage.ts";
import { linkIsCopyable, maySeeRespondentLinks, reissueRespondentLink } from "../../lib/features/assessments/link-rotation.ts";
import { respondentToken } from "../../lib/features/assessments/respondent-links.ts";
import { savedAnswers } from "../../lib/features/assessments/respond.ts";
import { saveAnswer } from "../../lib/features/assessments/save-answers.ts";
import { revokeGrant } from "../../lib/features/grants/actions.ts";
import { allItems, latestFramework } from "../../lib/domain/instrument/index.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = latestFramework.version;
const answer = (k = 0) => ({ itemKey: allItems(latestFramework, ["cx"])[k]!.key, value: 4, answeredAt: new Date().toISOString() });

describe.each(enginesUnderTest())("respondent links and consultancies on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  let bankOwner: SessionUser;
  let ownAssessmentId: string;
  let runAssessmentId: string;
  const bank = () => cast.clients[0]!;
  const linksOf = async (assessmentId: string) =>
    (await t.db.respondent.findMany({ where: { assessmentId }, orderBy: { email: "asc" } })).map((r) => ({
      ...r,
      token: respondentToken(r.tokenSealed)!,
    }));

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
    bankOwner = await t.db.user.create({
      data: { email: "owner@north.example", name: "North Owner", passwordHash: "x" },
      select: { id: true, email: true, name: true },
    });
    await t.db.membership.create({ data: { organizationId: bank().id, userId: bankOwner.id, role: "OWNER" } });
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
    ownAssessmentId = own.id;
    expect(
      await addRespondents.invoke(t.db, bankOwner, bank().slug, {
        assessmentId: own.id,
        list: "own1@north.example\nown2@north.example",
        defaultGroup: "managers",
      }),
    ).toMatchObject({ ok: true });
    const run = await createClientAssessment.invoke(t.db, cast.consultancy.members.ADMIN, cast.consultancy.slug, {
      bank: bank().slug,
      name: "Gamma-run pulse",
      frameworkVersion: FW,
      modules: "cx,ecrm",
      groups: "managers",
    });
    if (!run.ok) throw new Error(run.error);
    runAssessmentId = (run.data as { id: string }).id;
    expect(
      await addClientRespondents.invoke(t.db, cast.consultancy.members.ADMIN, cast.consultancy.slug, {
        bank: bank().slug,
        assessmentId: runAssessmentId,
        list: "run1@north.example\nrun2@north.example",
        defaultGroup: "managers",
      }),
    ).toMatchObject({ ok: true });
  });
  afterAll(async () => t?.dispose());

  it("shows links of the bank's own assessment to the bank's admins only, never to the consultancy or a regulator", async () => {
    const own = await t.db.assessment.findUniqueOrThrow({ where: { id: ownAssessmentId } });
    const run = await t.db.assessment.findUniqueOrThrow({ where: { id: runAssessmentId } });
    expect(run.runByOrgId).toBe(cast.consultancy.id);
    const bankOrg = { id: bank().id, kind: "BANK" };
    const consultancy = { id: cast.consultancy.id, kind: "CONSULTANCY" };
    expect(maySeeRespondentLinks(bankOrg, "ADMIN", own)).toBe(true);
    expect(maySeeRespondentLinks(bankOrg, "ANALYST", own)).toBe(false);
    expect(maySeeRespondentLinks(consultancy, "OWNER", own)).toBe(false);
    expect(maySeeRespondentLinks(consultancy, "ADMIN", run)).toBe(true);
    expect(maySeeRespondentLinks(consultancy, "VIEWER", run)).toBe(false);
    expect(maySeeRespondentLinks({ id: cast.otherConsultancy.id, kind: "CONSULTANCY" }, "OWNER", run)).toBe(false);
    expect(maySeeRespondentLinks({ id: cast.regulator.id, kind: "REGULATOR" }, "OWNER", { ...run, runByOrgId: cast.regulator.id })).toBe(
      false,
    );
  });

  it("refuses a consultancy adding respondents to the bank's own assessment", async () => {
    const r = await addClientRespondents.invoke(t.db, cast.consultancy.members.OWNER, cast.consultancy.slug, {
      bank: bank().slug,
      assessmentId: ownAssessmentId,
      list: "spy@gamma.example",
      defaultGroup: "managers",
    });
    expect(r).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.respondent.count({ where: { assessmentId: ownAssessmentId } })).toBe(2);
  });

  it("copies a link while unsent; re-issuing rotates it and the old one stops working, answers kept", async () => {
    const [first] = await linksOf(ownAssessmentId);
    expect(linkIsCopyable(first!)).toBe(true);
    expect(await saveAnswer(t.db, first!.token, answer(0))).toMatchObject({ ok: true });
    expect(
      await reissueRespondentLink.invoke(t.db, bankOwner, bank().slug, { assessmentId: ownAssessmentId, respondentId: first!.id }),
    ).toMatchObject({ ok: true });
    expect(await saveAnswer(t.db, first!.token, answer(1))).toMatchObject({ ok: false, status: 404 });
    const [again] = await linksOf(ownAssessmentId);
    expect(again!.token).not.toBe(first!.token);
    expect(await saveAnswer(t.db, again!.token, answer(1))).toMatchObject({ ok: true });
    expect(Object.keys(await savedAnswers(t.db, first!.id)).length).toBe(2);
    expect(linkIsCopyable({ ...again!, lastSentAt: new Date() })).toBe(false);
    // The consultancy cannot re-issue (and so read) a link of the bank's assessment.
    expect(
      await reissueRespondentLink.invoke(t.db, cast.consultancy.members.OWNER, cast.consultancy.slug, {
        assessmentId: ownAssessmentId,
        respondentId: first!.id,
      }),
    ).toMatchObject({ ok: false });
  });

  it("revoking the grant stops every link the consultancy could see at once, marks who needs a new one, keeps answers", async () => {
    const before = await linksOf(runAssessmentId);
    expect(await saveAnswer(t.db, before[0]!.token, answer(0))).toMatchObject({ ok: true });
    const ownBefore = await linksOf(ownAssessmentId);
    const grant = await t.db.accessGrant.findFirstOrThrow({
      where: { grantorOrgId: bank().id, granteeOrgId: cast.consultancy.id, revokedAt: null },
    });
    const revoked = await revokeGrant.invoke(t.db, bankOwner, bank().slug, { grantId: grant.id });
    expect(revoked).toMatchObject({ ok: true, message: expect.stringContaining("2 respondent link(s)") });
    for (const r of before) expect(await saveAnswer(t.db, r.token, answer(2))).toMatchObject({ ok: false, status: 404 });
    const after = await linksOf(runAssessmentId);
    expect(after.every((r) => r.linkResetAt !== null && linkIsCopyable(r))).toBe(true);
    expect(Object.keys(await savedAnswers(t.db, before[0]!.id)).length).toBe(1);
    expect(await saveAnswer(t.db, after[0]!.token, answer(2))).toMatchObject({ ok: true });
    // The bank's own links were never visible to the consultancy and keep working.
    expect(await saveAnswer(t.db, ownBefore[1]!.token, answer(0))).toMatchObject({ ok: true });
    // Re-issuing clears the mark.
    await reissueRespondentLink.invoke(t.db, bankOwner, bank().slug, { assessmentId: runAssessmentId, respondentId: after[0]!.id });
    expect((await t.db.respondent.findUniqueOrThrow({ where: { id: after[0]!.id } })).linkResetAt).toBeNull();
  });
});
