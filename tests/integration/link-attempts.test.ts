// Probing for personal links is slowed down per client address; honest use never is.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveJudgement } from "../../lib/features/ism-studies/expert.ts";
import { saveAnswer } from "../../lib/features/assessments/save-answers.ts";
import { issueRespondentToken } from "../../lib/features/assessments/respondent-links.ts";
import { BAD_LINKS_PER_IP } from "../../lib/platform/security/link-attempts.ts";
import { allItems, latestFramework } from "../../lib/domain/instrument/index.ts";
import { createCast, type Cast } from "./support/fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("link probing on %s", (engine) => {
  let t: TestDatabase;
  let cast: Cast;
  const tokens: string[] = [];
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createCast(t.db);
    const a = await t.db.assessment.create({
      data: {
        organizationId: cast.orgA.id,
        name: "Probe",
        frameworkVersion: latestFramework.version,
        modules: ["cx"],
        groups: ["managers"],
      },
    });
    for (let i = 0; i < 40; i++) {
      const issued = issueRespondentToken();
      tokens.push(issued.token);
      await t.db.respondent.create({
        data: {
          assessmentId: a.id,
          organizationId: cast.orgA.id,
          email: `r${i}@alpha.example`,
          group: "managers",
          tokenHash: issued.tokenHash,
          tokenSealed: issued.tokenSealed,
        },
      });
    }
  });
  afterAll(async () => t?.dispose());

  const answer = () => ({ itemKey: allItems(latestFramework, ["cx"])[0]!.key, value: 4, answeredAt: new Date().toISOString() });

  it("never throttles many good links from one office address", async () => {
    for (const token of tokens) expect((await saveAnswer(t.db, token, answer(), "198.51.100.7")).ok).toBe(true);
  });

  it("after the limit of bad links, refuses further misses from that address, but never a valid link", async () => {
    for (let i = 0; i < BAD_LINKS_PER_IP.limit; i++) {
      expect(await saveAnswer(t.db, `forged-token-${i}-xxxxxxxxxxxxxxxxxxxxxxxx`, answer(), "203.0.113.66")).toMatchObject({
        ok: false,
        status: 404,
      });
    }
    const blocked = await saveAnswer(t.db, "forged-token-again-xxxxxxxxxxxxxxxxxxxxxxxx", answer(), "203.0.113.66");
    expect(blocked).toMatchObject({ ok: false, status: 429, error: expect.stringMatching(/Too many invalid links/) });
    // A respondent behind the same (or a claimed) address is not locked out by someone else's misses.
    expect((await saveAnswer(t.db, tokens[0]!, answer(), "203.0.113.66")).ok).toBe(true);
    expect((await saveAnswer(t.db, tokens[1]!, answer(), "198.51.100.7")).ok).toBe(true);
  });

  it("throttles misses on expert links the same way", async () => {
    for (let i = 0; i < BAD_LINKS_PER_IP.limit; i++) {
      expect(
        await saveJudgement(t.db, `forged-expert-${i}-xxxxxxxxxxxxxxxxxxxxxxxx`, { i: 0, j: 1, letter: "V" }, "203.0.113.77"),
      ).toMatchObject({ ok: false, status: 404 });
    }
    expect(
      await saveJudgement(t.db, "forged-expert-again-xxxxxxxxxxxxxxxxxxxxxxxx", { i: 0, j: 1, letter: "V" }, "203.0.113.77"),
    ).toMatchObject({ ok: false, status: 429 });
  });
});
