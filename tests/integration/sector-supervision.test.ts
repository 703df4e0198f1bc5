// The regulator's supervision views (/[org]/sector, /[org]/sector/[bank], the time-series CSV): filters,
// heat map, missing list and drill-down from published scores only; and the attacks on the drill-down
// (no grant, revoked grant, unknown slug, consultancy, bank) all answer the same "not found".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "../../lib/platform/db/connect.ts";
import type { OrgKind, Role } from "../../lib/platform/db/generated/client.ts";
import { AccessError, type SessionUser } from "../../lib/platform/access/access.ts";
import { latestFramework } from "../../lib/domain/instrument/index.ts";
import { benchmarkMetrics } from "../../lib/features/benchmark/metrics.ts";
import { insertPoolEntry } from "../../lib/features/benchmark/pool.ts";
import { writePoolEntryForAssessment, BelowAnonymityThreshold } from "../../lib/features/assessments/publish-to-pool.ts";
import { ensureFrameworksStored } from "../../lib/features/assessments/framework-store.ts";
import { loadSector } from "../../lib/features/supervision/sector-view.ts";
import { loadSectorInstitution, resolveSectorInstitution } from "../../lib/features/supervision/institution-view.ts";
import { sectorTimeSeries } from "../../lib/features/supervision/time-series.ts";
import { parseSectorFilters } from "../../lib/features/supervision/filters.ts";
import { timeSeriesCsv } from "../../lib/delivery/exports/sector-time-series-csv.ts";
import { parseCsv } from "../../lib/platform/http/csv.ts";
import { heatColumns, heatMapView, parseHeatSort } from "../../lib/view/supervision/heat-map.ts";
import { revokeGrant } from "../../lib/features/grants/actions.ts";
import { seedClosedAssessment } from "./support/portfolio-fixtures.ts";
import { enginesUnderTest, openTestDatabase, type TestDatabase } from "./support/test-database.ts";

const ROLES = ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const;
const NO_PASSWORD = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$invalid";
const METRICS = benchmarkMetrics(latestFramework);

interface Org {
  id: string;
  slug: string;
  users: Record<Role, SessionUser>;
}
type Profile = { ownership: "PRIVATE" | "STATE"; sizeBand: "SMALL" | "MEDIUM" | "LARGE"; region: string };

async function org(db: Db, slug: string, kind: OrgKind, profile?: Profile): Promise<Org> {
  const o = await db.organization.create({ data: { slug, name: `${slug} name`, kind, ...(profile ?? {}) } });
  const users = {} as Record<Role, SessionUser>;
  for (const role of ROLES) {
    users[role] = await db.user.create({
      data: { email: `${role.toLowerCase()}@${slug}.example`, name: `${slug} ${role}`, passwordHash: NO_PASSWORD },
      select: { id: true, email: true, name: true },
    });
    await db.membership.create({ data: { organizationId: o.id, userId: users[role].id, role } });
  }
  return { id: o.id, slug, users };
}

/** A pool entry whose every metric is `base` + a small step per metric (so columns sort differently). */
async function publish(db: Db, bankId: string, round: number, base: number, profile: Profile) {
  const a = await db.assessment.create({
    data: {
      organizationId: bankId,
      name: `r${round}`,
      frameworkVersion: latestFramework.version,
      modules: ["cx", "ecrm"],
      groups: ["managers"],
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  const scores = METRICS.map((m, i) => (m.moduleKey === "ckm" ? null : Math.min(5, base + (i % 5) * 0.05)));
  await insertPoolEntry(db, {
    assessmentId: a.id,
    organizationId: bankId,
    frameworkVersion: latestFramework.version,
    round,
    profile,
    scores,
    publishedAt: new Date(Date.UTC(round, 5, 1)),
  });
}

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    if (e instanceof AccessError) return e.status;
    throw e;
  }
}

/** Every key anywhere in a value (to prove what the page data does not carry). */
function keysOf(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, out));
  else if (value && typeof value === "object")
    for (const [k, v] of Object.entries(value)) {
      out.add(k);
      keysOf(v, out);
    }
  return out;
}

describe.each(enginesUnderTest())("sector supervision on %s", (engine) => {
  let t: TestDatabase;
  let regulator: Org;
  let otherRegulator: Org;
  let consultancy: Org;
  const banks = {} as Record<"large" | "small" | "quiet" | "leaver" | "stranger" | "real", Org>;
  const profiles: Record<keyof typeof banks, Profile> = {
    large: { ownership: "STATE", sizeBand: "LARGE", region: "Gulf" },
    small: { ownership: "PRIVATE", sizeBand: "SMALL", region: "Levant" },
    quiet: { ownership: "PRIVATE", sizeBand: "SMALL", region: "Gulf" },
    leaver: { ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Gulf" },
    stranger: { ownership: "STATE", sizeBand: "LARGE", region: "Gulf" },
    real: { ownership: "PRIVATE", sizeBand: "MEDIUM", region: "Levant" },
  };
  let quietAssessment: string;

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    await ensureFrameworksStored(t.db);
    regulator = await org(t.db, "sector-regulator", "REGULATOR");
    otherRegulator = await org(t.db, "other-regulator", "REGULATOR");
    consultancy = await org(t.db, "sector-advisory", "CONSULTANCY");
    for (const key of Object.keys(profiles) as (keyof typeof banks)[]) banks[key] = await org(t.db, `${key}-bank`, "BANK", profiles[key]);
    for (const key of ["large", "small", "quiet", "leaver", "real"] as const)
      await t.db.accessGrant.create({ data: { kind: "REGULATOR", grantorOrgId: banks[key].id, granteeOrgId: regulator.id } });
    await t.db.accessGrant.create({ data: { kind: "CONSULTANCY", grantorOrgId: banks.stranger.id, granteeOrgId: consultancy.id } });
    await publish(t.db, banks.large.id, 2025, 2.0, profiles.large);
    await publish(t.db, banks.large.id, 2026, 3.5, profiles.large);
    await publish(t.db, banks.small.id, 2026, 2.2, profiles.small);
    await publish(t.db, banks.quiet.id, 2025, 3.0, profiles.quiet); // nothing in 2026: missing
    await publish(t.db, banks.leaver.id, 2026, 4.0, profiles.leaver);
    await publish(t.db, banks.stranger.id, 2026, 4.8, profiles.stranger); // never granted to the regulator
    // A real assessment published through the one results loader (8 respondents), and one of 4
    // respondents that the anonymity threshold keeps out of the pool.
    const realId = await seedClosedAssessment(t.db, banks.real.id, "Real 2026", 301, 8);
    await t.db.$transaction((tx) => writePoolEntryForAssessment(tx, banks.real.id, realId, new Date("2026-11-20T00:00:00Z")));
    quietAssessment = await seedClosedAssessment(t.db, banks.quiet.id, "Quiet 2026", 302, 4);
    await expect(
      t.db.$transaction((tx) => writePoolEntryForAssessment(tx, banks.quiet.id, quietAssessment, new Date("2026-11-20T00:00:00Z"))),
    ).rejects.toBeInstanceOf(BelowAnonymityThreshold);
  }, 180_000);
  afterAll(async () => t?.dispose());

  it("shows the reporting institutions only, with the missing one listed and a heat map of their scores", async () => {
    const view = await loadSector(t.db, regulator.id);
    expect(view.round).toBe(2026);
    expect(view.reporting).toBe(5);
    expect(view.ranking.map((r) => r.slug).sort()).toEqual(["large-bank", "leaver-bank", "real-bank", "small-bank"]);
    expect(view.ranking.slice(0, 2).map((r) => r.slug)).toEqual(["leaver-bank", "large-bank"]);
    expect(view.missing).toEqual([{ slug: "quiet-bank", name: "quiet-bank name" }]);
    expect(JSON.stringify(view)).not.toContain("stranger-bank");
    const heat = heatMapView(view.metrics, view.scored, parseHeatSort({ sort: "overall", dir: "asc" }, heatColumns(view.metrics)).sort);
    expect(heat.columns.filter((c) => c.group === "e-CRM factors")).toHaveLength(17);
    expect(heat.columns.filter((c) => c.group === "CX categories")).toHaveLength(6);
    expect(heat.rows[0]?.slug).toBe("small-bank");
    expect(heat.rows[0]?.cells[0]).toMatchObject({ text: "2.20", level: 2, levelText: "level 2 Developing" });
    const large = heat.rows.find((r) => r.slug === "large-bank");
    expect(large?.cells[0]?.score).toBeCloseTo(3.5, 12);
    // Change since the previous round for the large bank.
    expect(view.ranking.find((r) => r.slug === "large-bank")).toMatchObject({ previous: { round: 2025 } });
  });

  it("filters ranking, heat map, distributions and missing list by size band, ownership and region", async () => {
    const small = await loadSector(t.db, regulator.id, parseSectorFilters({ sizeBand: "SMALL" }).filters);
    expect(small.matching).toBe(2);
    expect(small.ranking.map((r) => r.slug)).toEqual(["small-bank"]);
    expect(small.scored.map((r) => r.slug)).toEqual(["small-bank"]);
    expect(small.missing.map((m) => m.slug)).toEqual(["quiet-bank"]);
    expect(small.metrics[0]?.distribution?.n).toBe(1);
    const gulfPrivate = await loadSector(t.db, regulator.id, { region: "Gulf", ownership: "PRIVATE" });
    expect(gulfPrivate.ranking.map((r) => r.slug)).toEqual(["leaver-bank"]);
    expect(gulfPrivate.missing.map((m) => m.slug)).toEqual(["quiet-bank"]);
    const none = await loadSector(t.db, regulator.id, { region: "Europe" });
    expect([none.matching, none.ranking.length, none.missing.length, none.metrics[0]?.distribution]).toEqual([0, 0, 0, null]);
    // An invalid value is refused with a message and ignored: the wider group is shown.
    const parsed = parseSectorFilters({ sizeBand: "GIANT", region: "Gulf'; --" });
    expect(parsed.errors).toHaveLength(2);
    expect((await loadSector(t.db, regulator.id, parsed.filters)).matching).toBe(5);
    // Earlier round: the quiet bank published then; the small one did not.
    const r2025 = await loadSector(t.db, regulator.id, { round: 2025 });
    expect(r2025.ranking.map((r) => r.slug).sort()).toEqual(["large-bank", "quiet-bank"]);
  });

  it("writes every reporting institution × round × metric to the time-series CSV, with the filters", async () => {
    const rows = await sectorTimeSeries(t.db, regulator.id);
    // large: 2 rounds, small/leaver/real: 1, quiet: 1 (2025) → 6 entries × every metric.
    expect(rows).toHaveLength(6 * METRICS.length);
    expect(new Set(rows.map((r) => r.slug))).toEqual(new Set(["large-bank", "small-bank", "quiet-bank", "leaver-bank", "real-bank"]));
    const csv = parseCsv(timeSeriesCsv(rows));
    expect(csv[0]).toEqual(["institution", "institution_address", "round", "metric_key", "metric_kind", "metric", "score", "level"]);
    const training = csv.find((l) => l[1] === "large-bank" && l[2] === "2025" && l[3] === "factor:training");
    const idx = METRICS.findIndex((m) => m.key === "factor:training");
    expect(Number(training?.[6])).toBeCloseTo(2.0 + (idx % 5) * 0.05, 12);
    const filtered = await sectorTimeSeries(t.db, regulator.id, { sizeBand: "LARGE" });
    expect(new Set(filtered.map((r) => `${r.slug}:${r.round}`))).toEqual(new Set(["large-bank:2025", "large-bank:2026"]));
    expect(await sectorTimeSeries(t.db, otherRegulator.id)).toEqual([]);
  });

  it("gives a granted institution's scores, trend and position — and nothing about respondents or answers", async () => {
    const ctx = await resolveSectorInstitution(t.db, regulator.users.VIEWER, regulator.slug, "large-bank");
    const view = await loadSectorInstitution(t.db, regulator.id, ctx.bank);
    expect(view.round).toBe(2026);
    expect(view.previousRound).toBe(2025);
    expect(view.trend.map((r) => r.round)).toEqual([2025, 2026]);
    expect(view.trend[1]?.scores.overall).toBeCloseTo(3.5, 12);
    expect(view.trendSeries.map((s) => s.key)).toEqual(["overall", "module:cx", "module:ecrm"]);
    const overall = view.metrics[0];
    expect(overall).toMatchObject({ level: 4, levelName: "Managed" });
    expect(overall?.change).toBeCloseTo(1.5, 12);
    expect(overall?.sector?.n).toBe(4);
    expect(view.sectorSize).toBe(4);
    expect(view.rank).toBe(2);
    expect(overall?.percentileRank).toBeCloseTo(62.5, 12);
    // A chosen earlier round.
    expect((await loadSectorInstitution(t.db, regulator.id, ctx.bank, 2025)).round).toBe(2025);

    const real = await loadSectorInstitution(
      t.db,
      regulator.id,
      (await resolveSectorInstitution(t.db, regulator.users.OWNER, regulator.slug, "real-bank")).bank,
    );
    const quiet = await loadSectorInstitution(
      t.db,
      regulator.id,
      (await resolveSectorInstitution(t.db, regulator.users.OWNER, regulator.slug, "quiet-bank")).bank,
    );
    // The 4-respondent assessment is below the threshold: not in the pool, so not on the page.
    expect(quiet.rounds).toEqual([2025]);
    for (const data of [view, real, quiet, await loadSector(t.db, regulator.id), await sectorTimeSeries(t.db, regulator.id)]) {
      const keys = [...keysOf(data)];
      expect(
        keys.filter((k) => /respond|answer|submitted|email|group|count|threshold|item/i.test(k)),
        "page data keys",
      ).toEqual([]);
      const text = JSON.stringify(data);
      expect(text).not.toContain("respondent.example");
      expect(text).not.toContain(quietAssessment);
    }
  });

  it("refuses the drill-down with the same 404 to a regulator without a grant, after a revoke, to a consultancy and to a bank", async () => {
    const same = async (label: string, run: () => Promise<unknown>) => {
      let err: unknown = null;
      try {
        await run();
      } catch (e) {
        err = e;
      }
      expect(err, label).toBeInstanceOf(AccessError);
      expect((err as AccessError).status, label).toBe(404);
      return (err as AccessError).message;
    };
    const messages = new Set<string>();
    for (const role of ROLES) {
      // Another regulator: never granted; and the granted regulator on a bank that never reported to it.
      messages.add(
        await same(`other regulator ${role}`, () =>
          resolveSectorInstitution(t.db, otherRegulator.users[role], otherRegulator.slug, "large-bank"),
        ),
      );
      messages.add(
        await same(`regulator ${role} on an ungranted bank`, () =>
          resolveSectorInstitution(t.db, regulator.users[role], regulator.slug, "stranger-bank"),
        ),
      );
      messages.add(
        await same(`regulator ${role} on no such bank`, () =>
          resolveSectorInstitution(t.db, regulator.users[role], regulator.slug, "no-such-bank"),
        ),
      );
      // A consultancy (even one with a grant from the bank) and the bank itself on their own addresses.
      messages.add(
        await same(`consultancy ${role}`, () => resolveSectorInstitution(t.db, consultancy.users[role], consultancy.slug, "stranger-bank")),
      );
      messages.add(
        await same(`bank ${role}`, () => resolveSectorInstitution(t.db, banks.large.users[role], banks.large.slug, "large-bank")),
      );
      // A bank's member on the regulator's address.
      messages.add(
        await same(`outsider ${role}`, () => resolveSectorInstitution(t.db, banks.large.users[role], regulator.slug, "large-bank")),
      );
    }
    // A regulator's own slug used as a bank.
    messages.add(
      await same("regulator as bank", () => resolveSectorInstitution(t.db, regulator.users.OWNER, regulator.slug, otherRegulator.slug)),
    );
    expect(messages.size, "one message for every refusal: nothing tells whether the bank exists").toBe(1);
    expect(await status(resolveSectorInstitution(t.db, null, regulator.slug, "large-bank"))).toBe(401);

    // Revoked by the bank: gone from the drill-down, the sector view and the time series.
    expect(await status(resolveSectorInstitution(t.db, regulator.users.VIEWER, regulator.slug, "leaver-bank"))).toBe(200);
    const grant = await t.db.accessGrant.findFirstOrThrow({ where: { grantorOrgId: banks.leaver.id, granteeOrgId: regulator.id } });
    expect(await revokeGrant.invoke(t.db, banks.leaver.users.OWNER, banks.leaver.slug, { grantId: grant.id })).toMatchObject({ ok: true });
    for (const role of ROLES)
      expect(
        await same(`after revoke ${role}`, () => resolveSectorInstitution(t.db, regulator.users[role], regulator.slug, "leaver-bank")),
      ).toBe([...messages][0]);
    await expect(loadSectorInstitution(t.db, regulator.id, banks.leaver)).rejects.toBeInstanceOf(AccessError);
    const after = await loadSector(t.db, regulator.id);
    expect(JSON.stringify(after)).not.toContain("leaver-bank");
    expect((await sectorTimeSeries(t.db, regulator.id)).some((r) => r.slug === "leaver-bank")).toBe(false);
  });
});
