// Hostile and random input against every organisation action and the respondent's answer endpoint,
// on a real database: nothing answers 500 (an unhandled fault), and whatever is refused changes nothing.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { orgActions } from "../../lib/org/actions.ts";
import { saveAnswer, submitAnswers } from "../../lib/assessments/respond.ts";
import { issueRespondentToken } from "../../lib/assessments/respondent-links.ts";
import { createCast, snapshotOrg, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

/** Strings an attacker or a broken client sends: empty, huge, control characters, SQL, markup, unicode. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("", " ", "\u0000", "'; DROP TABLE \"User\"; --", "<script>alert(1)</script>", "../../etc/passwd", "OWNER", "cx,ecrm,../x",
    "someone@example.com,managers\nbad line", "meyar-2026.1", "9".repeat(400), "\u202eevil", "NaN", "-1", "1e309"),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);
const hostileValue = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), hostileString, { maxKeys: 2 }));
const KNOWN_FIELDS = ["name", "email", "role", "membershipId", "invitationId", "assessmentId", "respondentId", "list", "defaultGroup",
  "frameworkVersion", "modules", "groups", "deadline", "ownership", "sizeBand", "region", "slug", "kind"];
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
    const a = await t.db.assessment.create({ data: { organizationId: cast.orgA.id, name: "Fuzz", frameworkVersion: "meyar-2026.1", modules: ["cx"], groups: ["managers"] } });
    const issued = issueRespondentToken();
    token = issued.token;
    await t.db.respondent.create({ data: { assessmentId: a.id, organizationId: cast.orgA.id, email: "fuzz@alpha.example", group: "managers", tokenHash: issued.tokenHash, tokenSealed: issued.tokenSealed } });
  });
  afterAll(async () => t?.dispose());

  it.each(orgActions.map((a) => [a.name, a] as const))("%s never faults, and a refusal writes nothing", async (_name, action) => {
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
        expect(saved).toMatchObject({ ok: false, status: 404 });
        expect(submitted).toMatchObject({ ok: false, status: 404 });
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
