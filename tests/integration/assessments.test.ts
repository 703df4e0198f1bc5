// Running an assessment on a real database: creation, respondents (with e-mail through a real
// local SMTP server), answers that are never lost or duplicated, submission, close and publish.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addRespondents,
  closeAssessment,
  createAssessment,
  publishAssessment,
  remindRespondents,
  reopenAssessment,
  revokeRespondent,
} from "../../lib/features/assessments/manage.ts";
import { findRespondent, itemKeysFor, submitAnswers } from "../../lib/features/assessments/respond.ts";
import { saveAnswer, saveAnswers } from "../../lib/features/assessments/save-answers.ts";
import { respondentToken } from "../../lib/features/assessments/respondent-links.ts";
import type { SessionUser } from "../../lib/platform/access/access.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { startSmtpSink } from "./support/smtp-sink.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const FW = "meyar-2026.1";

describe.each(enginesUnderTest())("assessments on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let admin: SessionUser;
  let assessmentId: string;
  const tokens = new Map<string, string>();
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    admin = cast.a.ADMIN;
  });
  afterAll(async () => t?.dispose());

  const at = (offsetMs = 0) => new Date(Date.now() - 60_000 + offsetMs).toISOString();
  async function tokenOf(email: string) {
    const r = await t.db.respondent.findFirstOrThrow({ where: { assessmentId, email } });
    const token = respondentToken(r.tokenSealed);
    if (!token) throw new Error("token unreadable");
    tokens.set(email, token);
    return token;
  }

  it("refuses a bad assessment field by field and writes nothing", async () => {
    const bad = await createAssessment.invoke(t.db, admin, cast.orgA.slug, {
      name: "X",
      frameworkVersion: FW,
      modules: "ckm",
      groups: "Managers!,",
      deadline: "2001-01-01",
    });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    if (!bad.ok) expect(Object.keys(bad.fieldErrors ?? {}).sort()).toEqual(["deadline", "groups", "name"]);
    expect(
      await createAssessment.invoke(t.db, admin, cast.orgA.slug, {
        name: "Valid name",
        frameworkVersion: FW,
        modules: "ckm",
        groups: "managers",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { modules: [expect.stringContaining("required")] } });
    expect(
      await createAssessment.invoke(t.db, admin, cast.orgA.slug, {
        name: "Valid name",
        frameworkVersion: "meyar-1999",
        modules: "cx",
        groups: "managers",
      }),
    ).toMatchObject({ ok: false, fieldErrors: { frameworkVersion: ["Unknown framework version."] } });
    expect(await t.db.assessment.count({ where: { organizationId: cast.orgA.id } })).toBe(0);
  });

  it("creates an assessment with the required modules and default groups", async () => {
    const r = await createAssessment.invoke(t.db, admin, cast.orgA.slug, {
      name: "Baseline 2027",
      frameworkVersion: FW,
      modules: "cx,ecrm",
      groups: "managers, employees",
    });
    if (!r.ok) throw new Error(r.error);
    assessmentId = r.data.id;
    expect(await t.db.assessment.findUniqueOrThrow({ where: { id: assessmentId } })).toMatchObject({
      status: "OPEN",
      modules: ["cx", "ecrm"],
      groups: ["managers", "employees"],
    });
  });

  it("rejects a respondent list with any bad line, naming each line, and adds nobody", async () => {
    const r = await addRespondents.invoke(t.db, admin, cast.orgA.slug, {
      assessmentId,
      list: "email,group\nok@alpha.example,managers\nnot-an-email,managers\nx@alpha.example,board\nok@alpha.example,employees",
    });
    expect(r).toMatchObject({ ok: false, status: 422 });
    if (!r.ok)
      expect(r.fieldErrors?.list).toEqual([
        'Line 3: "not-an-email" is not a valid e-mail address.',
        'Line 4: group "board" is not one of this assessment\'s groups (managers, employees).',
        "Line 5: ok@alpha.example appears twice.",
      ]);
    expect(await t.db.respondent.count({ where: { assessmentId } })).toBe(0);
  });

  it("adds respondents and e-mails each a personal link through SMTP", async () => {
    const smtp = await startSmtpSink();
    process.env.SMTP_URL = smtp.url;
    process.env.APP_URL = "https://meyar.test";
    try {
      const list = "Email,Group\nm1@alpha.example,managers\ne1@alpha.example,employees\ne2@alpha.example\n";
      const r = await addRespondents.invoke(t.db, admin, cast.orgA.slug, { assessmentId, list, defaultGroup: "employees" });
      expect(r).toMatchObject({ ok: true, data: { added: 3, skipped: 0, emailed: 3 } });
      expect(smtp.received.map((m) => m.to[0]).sort()).toEqual(["e1@alpha.example", "e2@alpha.example", "m1@alpha.example"]);
      const mail = smtp.received.find((m) => m.to[0] === "m1@alpha.example")?.raw ?? "";
      const link = /https:\/\/meyar\.test\/respond\/([\w-]+)/.exec(mail.replace(/=\r?\n/g, ""));
      expect(link?.[1]).toBe(await tokenOf("m1@alpha.example"));
      expect((await findRespondent(t.db, link?.[1] ?? ""))?.email).toBe("m1@alpha.example");

      const again = await addRespondents.invoke(t.db, admin, cast.orgA.slug, {
        assessmentId,
        list: "m1@alpha.example,managers\nm2@alpha.example,managers",
      });
      expect(again).toMatchObject({ ok: true, data: { added: 1, skipped: 1 } });
      const remind = await remindRespondents.invoke(t.db, admin, cast.orgA.slug, { assessmentId });
      expect(remind).toMatchObject({ ok: true, data: { reminded: 4 } });
      expect(smtp.received).toHaveLength(8);
      expect(
        smtp.received
          .slice(4)
          .map((m) => m.to[0])
          .sort(),
      ).toEqual(["e1@alpha.example", "e2@alpha.example", "m1@alpha.example", "m2@alpha.example"]);
    } finally {
      delete process.env.SMTP_URL;
      delete process.env.APP_URL;
      await smtp.stop();
    }
    expect(await remindRespondents.invoke(t.db, admin, cast.orgA.slug, { assessmentId })).toMatchObject({ ok: false, status: 409 });
  });

  it("refuses invalid values, foreign items and forged links, changing nothing", async () => {
    const token = await tokenOf("e1@alpha.example");
    const item = [...itemKeysFor(FW, ["cx", "ecrm"])][0] ?? "";
    expect(await saveAnswer(t.db, token, { itemKey: item, value: 7, answeredAt: at() })).toMatchObject({
      ok: false,
      status: 422,
      fieldErrors: { value: expect.any(Array) },
    });
    expect(await saveAnswer(t.db, token, { itemKey: "ckm.customer-knowledge.1", value: 3, answeredAt: at() })).toMatchObject({
      ok: false,
      status: 422,
      error: "That statement is not part of this questionnaire.",
    });
    expect(await saveAnswer(t.db, token, { itemKey: item, value: 3 })).toMatchObject({ ok: false, status: 422 });
    expect(await saveAnswer(t.db, token.slice(0, -2) + "xx", { itemKey: item, value: 3, answeredAt: at() })).toMatchObject({
      ok: false,
      status: 404,
    });
    expect(await t.db.answer.count()).toBe(0);
  });

  it("keeps the answer given last, whatever order the saves arrive in", async () => {
    const token = await tokenOf("e1@alpha.example");
    const item = [...itemKeysFor(FW, ["cx", "ecrm"])][1] ?? "";
    expect(await saveAnswer(t.db, token, { itemKey: item, value: 4, answeredAt: at(2000) })).toMatchObject({
      ok: true,
      data: { value: 4, version: 1, applied: true },
    });
    // A delayed retry of an earlier answer (say from a second tab) does not overwrite it…
    expect(await saveAnswer(t.db, token, { itemKey: item, value: 2, answeredAt: at(1000) })).toMatchObject({
      ok: true,
      data: { value: 4, version: 1, applied: false },
    });
    // …and a later one does; "don't know" is a real answer.
    expect(await saveAnswer(t.db, token, { itemKey: item, value: null, answeredAt: at(3000) })).toMatchObject({
      ok: true,
      data: { value: null, version: 2, applied: true },
    });
    const r = await t.db.respondent.findFirstOrThrow({ where: { assessmentId, email: "e1@alpha.example" } });
    expect(r.startedAt).not.toBeNull();
  });

  it("stores every answer of 50 concurrent respondents exactly once, and two racing tabs keep the last given", async () => {
    const list = Array.from({ length: 50 }, (_, i) => `load${i}@alpha.example,${i % 2 ? "managers" : "employees"}`).join("\n");
    expect(await addRespondents.invoke(t.db, admin, cast.orgA.slug, { assessmentId, list })).toMatchObject({
      ok: true,
      data: { added: 50 },
    });
    const items = [...itemKeysFor(FW, ["cx", "ecrm"])].slice(0, 20);
    const load = await Promise.all(Array.from({ length: 50 }, (_, i) => tokenOf(`load${i}@alpha.example`)));
    const results = await Promise.all(
      load.flatMap((token, i) =>
        items.map((itemKey, j) => saveAnswer(t.db, token, { itemKey, value: ((i + j) % 5) + 1, answeredAt: at() })),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const stored = await t.db.answer.findMany({
      where: { respondent: { email: { startsWith: "load" } } },
      include: { respondent: { select: { email: true } } },
    });
    expect(stored).toHaveLength(1000);
    for (const a of stored) {
      const i = Number(/load(\d+)@/.exec(a.respondent.email)?.[1]);
      expect(a.value).toBe(((i + items.indexOf(a.itemKey)) % 5) + 1);
    }
    // Two tabs of one respondent race on the same 20 items; tab B's answers were given later.
    const token = load[0] ?? "";
    await Promise.all(
      items.flatMap((itemKey) => [
        saveAnswer(t.db, token, { itemKey, value: 5, answeredAt: at(20_000) }),
        saveAnswer(t.db, token, { itemKey, value: 1, answeredAt: at(10_000) }),
      ]),
    );
    const raced = await t.db.answer.findMany({ where: { respondent: { email: "load0@alpha.example" } } });
    expect(raced).toHaveLength(20);
    expect(raced.every((a) => a.value === 5)).toBe(true);
  });

  it("saves a batch all-or-nothing in one statement, keeping the newest answer per item", async () => {
    const token = await tokenOf("load2@alpha.example");
    const r = await t.db.respondent.findFirstOrThrow({ where: { assessmentId, email: "load2@alpha.example" } });
    const items = [...itemKeysFor(FW, ["cx", "ecrm"])].slice(40, 46);
    const before = await t.db.answer.count({ where: { respondentId: r.id } });
    // One bad answer refuses the whole batch.
    const bad = await saveAnswers(t.db, token, {
      answers: [
        ...items.map((itemKey) => ({ itemKey, value: 3, answeredAt: at() })),
        { itemKey: "ckm.customer-knowledge.1", value: 3, answeredAt: at() },
      ],
    });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    expect(await saveAnswers(t.db, token, { answers: [{ itemKey: items[0], value: 9, answeredAt: at() }] })).toMatchObject({
      ok: false,
      status: 422,
    });
    expect(await saveAnswers(t.db, token, { answers: [] })).toMatchObject({ ok: false, status: 422 });
    expect(await t.db.answer.count({ where: { respondentId: r.id } })).toBe(before);

    // The same item twice in a batch (quick changes while offline): the later-given answer wins,
    // whatever its place in the batch.
    const [first, second, third] = items as [string, string, string];
    const saved = await saveAnswers(t.db, token, {
      answers: [
        { itemKey: first, value: 5, answeredAt: at(3000) },
        { itemKey: first, value: 2, answeredAt: at(1000) },
        { itemKey: second, value: null, answeredAt: at(1000) },
        { itemKey: third, value: 4, answeredAt: at(1000) },
      ],
    });
    expect(saved).toMatchObject({ ok: true });
    if (!saved.ok) return;
    expect(saved.data.answers).toEqual(
      expect.arrayContaining([
        { itemKey: first, value: 5, version: 1, applied: true },
        { itemKey: second, value: null, version: 1, applied: true },
        { itemKey: third, value: 4, version: 1, applied: true },
      ]),
    );
    // A later batch with an answer older than the stored one keeps the stored one for that item only.
    const mixed = await saveAnswers(t.db, token, {
      answers: [
        { itemKey: third, value: 1, answeredAt: at(500) },
        { itemKey: second, value: 2, answeredAt: at(4000) },
      ],
    });
    expect(mixed).toMatchObject({
      ok: true,
      data: {
        answers: [
          { itemKey: third, value: 4, version: 1, applied: false },
          { itemKey: second, value: 2, version: 2, applied: true },
        ],
      },
    });
    const stored = await t.db.answer.findMany({ where: { respondentId: r.id, itemKey: { in: [first, second, third] } } });
    expect(Object.fromEntries(stored.map((a) => [a.itemKey, a.value]))).toEqual({ [first]: 5, [second]: 2, [third]: 4 });
  });

  it("submits only a complete questionnaire, then locks it", async () => {
    const token = await tokenOf("m2@alpha.example");
    const items = [...itemKeysFor(FW, ["cx", "ecrm"])];
    for (const itemKey of items.slice(0, -3)) await saveAnswer(t.db, token, { itemKey, value: 3, answeredAt: at() });
    const early = await submitAnswers(t.db, token);
    expect(early).toMatchObject({ ok: false, status: 422, missing: items.slice(-3) });
    for (const itemKey of items.slice(-3)) await saveAnswer(t.db, token, { itemKey, value: null, answeredAt: at() });
    // Submitted from the Persian questionnaire: the language is recorded, the item keys are the same.
    expect(await submitAnswers(t.db, token, null, "fa")).toMatchObject({ ok: true });
    expect((await t.db.respondent.findFirstOrThrow({ where: { assessmentId, email: "m2@alpha.example" } })).answeredLocale).toBe("fa");
    expect(await saveAnswer(t.db, token, { itemKey: items[0] ?? "", value: 1, answeredAt: at(5000) })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect((await t.db.answer.findFirstOrThrow({ where: { respondent: { email: "m2@alpha.example" }, itemKey: items[0] } })).value).toBe(3);
  });

  it("a revoked link answers 404 and keeps the answers already given", async () => {
    const r = await t.db.respondent.findFirstOrThrow({ where: { assessmentId, email: "e1@alpha.example" } });
    const before = await t.db.answer.count({ where: { respondentId: r.id } });
    expect(await revokeRespondent.invoke(t.db, admin, cast.orgA.slug, { assessmentId, respondentId: r.id })).toMatchObject({ ok: true });
    expect(
      await saveAnswer(t.db, tokens.get("e1@alpha.example") ?? "", {
        itemKey: [...itemKeysFor(FW, ["cx", "ecrm"])][5] ?? "",
        value: 2,
        answeredAt: at(9000),
      }),
    ).toMatchObject({ ok: false, status: 404 });
    expect(await t.db.answer.count({ where: { respondentId: r.id } })).toBe(before);
  });

  it("closes (no more answers), reopens, and publishes only once closed; publishing is final", async () => {
    const token = tokens.get("load1@alpha.example") ?? "";
    const itemKey = [...itemKeysFor(FW, ["cx", "ecrm"])][30] ?? "";
    expect(await publishAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId })).toMatchObject({ ok: false, status: 409 });
    expect(await closeAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId })).toMatchObject({ ok: true });
    expect(await saveAnswer(t.db, token, { itemKey, value: 2, answeredAt: at(30_000) })).toMatchObject({
      ok: false,
      status: 409,
      error: expect.stringContaining("closed"),
    });
    expect(await t.db.answer.count({ where: { itemKey, respondent: { email: "load1@alpha.example" } } })).toBe(0);
    expect(await addRespondents.invoke(t.db, admin, cast.orgA.slug, { assessmentId, list: "late@alpha.example,managers" })).toMatchObject({
      ok: false,
      status: 409,
    });
    expect(await reopenAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId })).toMatchObject({ ok: true });
    expect(await saveAnswer(t.db, token, { itemKey, value: 2, answeredAt: at(31_000) })).toMatchObject({ ok: true });
    await closeAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId });
    // Publishing needs the anonymity threshold (5) of submitted questionnaires.
    const submitted = await t.db.respondent.count({ where: { assessmentId, submittedAt: { not: null }, revokedAt: null } });
    if (submitted < 5) {
      expect(await publishAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId })).toMatchObject({
        ok: false,
        status: 409,
        error: expect.stringContaining("at least 5 submitted"),
      });
      const more = await t.db.respondent.findMany({
        where: { assessmentId, submittedAt: null, revokedAt: null, answers: { some: {} } },
        take: 5 - submitted,
        select: { id: true },
      });
      await t.db.respondent.updateMany({ where: { id: { in: more.map((r) => r.id) } }, data: { submittedAt: new Date() } });
    }
    expect(await publishAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId })).toMatchObject({ ok: true });
    expect(await reopenAssessment.invoke(t.db, admin, cast.orgA.slug, { assessmentId })).toMatchObject({ ok: false, status: 409 });
  });
});
