// Issue 17: a bank grants access by finding the organisation by name, not by typing its address.
// Only organisations that accept grants (consultancies, regulators) are found; never a bank; a real
// bank is never offered a demo organisation; existing access is marked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { granteeSearchSchema, searchGrantees } from "../../lib/features/grants/grants.ts";
import { createPortfolioCast, type PortfolioCast } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

describe.each(enginesUnderTest())("finding an organisation to grant access on %s", (engine) => {
  let t: TestDatabase;
  let cast: PortfolioCast;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    cast = await createPortfolioCast(t.db);
    await t.db.organization.create({ data: { slug: "demo-advisory", name: "Demo Advisory (demo)", kind: "CONSULTANCY", isDemo: true } });
  });
  afterAll(async () => t?.dispose());

  it("finds consultancies and regulators by part of the name, case-insensitively, marking who already has access", async () => {
    const north = await t.db.organization.findUniqueOrThrow({ where: { slug: cast.clients[0]!.slug } });
    expect(await searchGrantees(t.db, north, "ADVIS")).toEqual([
      { slug: "gamma-advisory", name: "Gamma Advisory", kind: "CONSULTANCY", hasAccess: true },
      { slug: "omega-advisory", name: "Omega Advisory", kind: "CONSULTANCY", hasAccess: false },
    ]);
    expect(await searchGrantees(t.db, north, "supervision")).toEqual([
      { slug: "delta-supervision", name: "Delta Supervision", kind: "REGULATOR", hasAccess: false },
    ]);
  });

  it("never finds a bank, and offers demo organisations only to demo banks", async () => {
    const north = await t.db.organization.findUniqueOrThrow({ where: { slug: cast.clients[0]!.slug } });
    expect(await searchGrantees(t.db, north, "Bank")).toEqual([]);
    expect((await searchGrantees(t.db, north, "Demo")).map((o) => o.slug)).toEqual([]);
    expect((await searchGrantees(t.db, { ...north, isDemo: true }, "Demo")).map((o) => o.slug)).toEqual(["demo-advisory"]);
  });

  it("a search of fewer than 2 letters is refused in words", () => {
    expect(granteeSearchSchema.safeParse(" a ").error?.issues[0]?.message).toBe("Type at least 2 letters of the organisation's name.");
  });
});
