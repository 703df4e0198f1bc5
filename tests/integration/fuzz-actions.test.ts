// Hostile and random input against every organisation action and the respondent's answer endpoint,
// on a real database: nothing answers 500 (an unhandled fault), and whatever is refused changes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgActions } from "../../lib/features/action-registry/registry.ts";
import { createApiKey } from "../../lib/features/api-keys/keys.ts";
import { releaseDatabaseForRoutes, useDatabaseForRoutes } from "./support/route-db.ts";
import { submitAnswers } from "../../lib/features/assessments/respond.ts";
import { saveAnswer } from "../../lib/features/assessments/save-answers.ts";
import { issueRespondentToken } from "../../lib/features/assessments/respondent-links.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

/** Strings an attacker or a broken client sends: empty, huge, control characters, SQL, markup, unicode. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    '\'; DROP TABLE "User"; --',
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "OWNER",
    "cx,ecrm,../x",
    "someone@example.com,managers\nbad line",
    "meyar-2026.1",
    "9".repeat(400),
    "\u202eevil",
    "NaN",
    "-1",
    "1e309",
  ),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);
const hostileValue = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 2 }),
);
const KNOWN_FIELDS = [
  "name",
  "email",
  "role",
  "membershipId",
  "invitationId",
  "assessmentId",
  "respondentId",
  "list",
  "defaultGroup",
  "frameworkVersion",
  "modules",
  "groups",
  "deadline",
  "ownership",
  "sizeBand",
  "region",
  "slug",
  "kind",
  "bank",
  "studyId",
  "expertId",
  "granteeSlug",
  "grantId",
  "factorSource",
  "factorList",
  "experts",
  "rule",
  "threshold",
  "plan",
  "keyId",
  "scope",
  "factors",
  "ssim",
  "target",
];
const everyAction = orgActions;
const hostileInput = fc.oneof(
  fc.record(Object.fromEntries(KNOWN_FIELDS.map((k) => [k, hostileValue])), { requiredKeys: [] }),
  hostileValue,
);

describe.each(enginesUnderTest())("fuzzing on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  let token: string;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    const a = await t.db.assessment.create({
      data: { organizationId: cast.orgA.id, name: "Fuzz", frameworkVersion: "meyar-2026.1", modules: ["cx"], groups: ["managers"] },
    });
    const issued = issueRespondentToken();
    token = issued.token;
    await t.db.respondent.create({
      data: {
        assessmentId: a.id,
        organizationId: cast.orgA.id,
        email: "fuzz@alpha.example",
        group: "managers",
        tokenHash: issued.tokenHash,
        tokenSealed: issued.tokenSealed,
      },
    });
  });
  afterAll(async () => {
    releaseDatabaseForRoutes();
    await t?.dispose();
  });

  it.each(everyAction.map((a) => [a.name, a] as const))("%s never faults, and a refusal writes nothing", async (_name, action) => {
    await fc.assert(
      fc.asyncProperty(hostileInput, async (input) => {
        const before = await snapshotOrg(t.db, cast.orgA.id);
        const result = await action.invoke(t.db, cast.a.OWNER, cast.orgA.slug, input);
        expect(result.ok ? 200 : result.status).not.toBe(500);
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0);
          expect(await snapshotOrg(t.db, cast.orgA.id)).toBe(before);
        }
      }),
      { numRuns: 25, seed: 2026 },
    );
  });

  it("the answer endpoint refuses every malformed body with 4xx and stores nothing", async () => {
    await fc.assert(
      fc.asyncProperty(hostileInput, async (body) => {
        const result = await saveAnswer(t.db, token, body);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.status).toBeGreaterThanOrEqual(400);
        if (!result.ok) expect(result.status).toBeLessThan(500);
      }),
      { numRuns: 150, seed: 7 },
    );
    expect(await t.db.answer.count()).toBe(0);
  });

  it("forged and random links are refused without a fault", async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, async (forged) => {
        const saved = await saveAnswer(t.db, forged, { itemKey: "x", value: 3, answeredAt: new Date().toISOString() });
        const submitted = await submitAnswers(t.db, forged);
        // 404, or 429 once the misses (from an unknown address, counted together) pass the limit.
        expect(saved).toMatchObject({ ok: false, status: expect.toBeOneOf([404, 429]) });
        expect(submitted).toMatchObject({ ok: false, status: expect.toBeOneOf([404, 429]) });
      }),
      { numRuns: 60, seed: 11 },
    );
  });

  it("the API's write endpoints answer hostile bodies with 4xx, never a fault", async () => {
    const made = await createApiKey.invoke(t.db, cast.a.OWNER, cast.orgA.slug, { name: "Fuzz", scope: "READ_WRITE" });
    if (!made.ok) throw new Error(made.error);
    await useDatabaseForRoutes(t.db);
    const routes = [(await import("../../app/api/v1/ism/route.ts")).POST, (await import("../../app/api/v1/assessments/route.ts")).POST];
    const before = await t.db.assessment.count({ where: { organizationId: cast.orgA.id } });
    let created = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileInput.map((b) => JSON.stringify(b) ?? "null"),
          hostileString,
        ),
        fc.integer({ min: 0, max: 1 }),
        async (body, r) => {
          const res = await routes[r]!(
            new Request("http://127.0.0.1/api/v1/x", {
              method: "POST",
              headers: { Authorization: `Bearer ${made.data.key}`, "Content-Type": "application/json" },
              body,
            }),
            { params: Promise.resolve({}) as Promise<never> },
          );
          expect(res.status, body.slice(0, 80)).toBeLessThan(500);
          if (res.status === 429) return;
          if (r === 1) expect([201, 400, 413, 422]).toContain(res.status);
          if (res.status === 201) created++;
        },
      ),
      { numRuns: 100, seed: 13 },
    );
    // Whatever was refused created nothing; only an accidentally valid body may have created one.
    expect(await t.db.assessment.count({ where: { organizationId: cast.orgA.id } })).toBe(before + created);
  });
});
