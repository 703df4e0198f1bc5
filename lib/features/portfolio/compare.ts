// Clients side by side: overall, per module and per factor of each client's latest closed or
// published assessment, against the market. Pure builders (tested alone) plus one loader.
import type { Db } from "../../platform/db/connect.ts";
import type { ComparedClient, Comparison, ComparisonRow, ComparisonRowKind } from "../../view/portfolio/types.ts";
import { median } from "../../domain/statistics/index.ts";
import { csvField } from "../../platform/http/csv.ts";
import { loadBenchmark } from "../benchmark/benchmark-view.ts";
import { levelForScore, toPercent } from "../../domain/scoring/maturity.ts";
import { grantedInstitutions } from "../grants/grants.ts";
import type { AssessmentResults, MaturityLevel } from "../../view/results/types.ts";
import { clientAssessmentResults } from "./results.ts";
import type { SessionUser } from "../../platform/access/access.ts";
import { refusalResult } from "../../platform/access/refusal.ts";
import { ok, type ActionResult } from "../../platform/http/action-result.ts";
import { guardOrg } from "../access/guard.ts";
import { PORTFOLIO } from "../access/requirements.ts";

export type { ComparedClient, Comparison, ComparisonRow, ComparisonRowKind };

/** The benchmark pool's medians by metric key ("overall", "module:cx", "factor:…"), when there is a market. */
export interface MarketMedians {
  round: number;
  institutions: number;
  medians: ReadonlyMap<string, number>;
}

export interface ClientResults {
  client: ComparedClient;
  results: AssessmentResults;
}

export function buildComparison(
  compared: readonly ClientResults[],
  notCompared: Comparison["notCompared"] = [],
  market: MarketMedians | null = null,
): Comparison {
  const metricKey = (kind: ComparisonRowKind, key: string) => (kind === "overall" ? "overall" : `${kind}:${key}`);
  const rows: ComparisonRow[] = [];
  const push = (
    kind: ComparisonRowKind,
    key: string,
    name: string,
    moduleKey: string | null,
    pick: (r: AssessmentResults) => number | null,
  ) => {
    const scores = compared.map((c) => pick(c.results));
    // The pool's median when there is a market (k-anonymous: null for too few institutions), else the portfolio's.
    const reference = market ? (market.medians.get(metricKey(kind, key)) ?? null) : median(scores.filter((s): s is number => s !== null));
    rows.push({ kind, key, name, moduleKey, scores, market: reference });
  };
  push("overall", "overall", "Overall index", null, (r) => r.overall.mean);
  // Rows in the order of the first client that has them, then any others.
  const modules = new Map<string, string>();
  const factors = new Map<string, { name: string; moduleKey: string }>();
  for (const { results } of compared) {
    for (const m of results.modules) if (!modules.has(m.key)) modules.set(m.key, m.name);
    for (const f of results.factors) if (!factors.has(f.key)) factors.set(f.key, { name: f.name, moduleKey: f.moduleKey });
  }
  for (const [key, name] of modules) push("module", key, name, key, (r) => r.modules.find((m) => m.key === key)?.mean ?? null);
  for (const [key, f] of factors) push("factor", key, f.name, f.moduleKey, (r) => r.factors.find((x) => x.key === key)?.mean ?? null);
  return {
    clients: compared.map((c) => c.client),
    notCompared: [...notCompared],
    rows,
    market: market
      ? { kind: "market-median", label: `Market median (${market.institutions} institutions, ${market.round})` }
      : { kind: "portfolio-median", label: "Portfolio median" },
  };
}

/** The column list of the CSV export, documented in docs/ISM-STUDIES.md (portfolio section). */
export const COMPARISON_CSV_COLUMNS = [
  "row_type",
  "module",
  "key",
  "name",
  "client_slug",
  "client_name",
  "assessment",
  "assessment_status",
  "respondents",
  "score",
  "percent",
  "level",
  "market_reference",
  "market_score",
  "difference_to_market",
] as const;

// Scores to three decimals; names (typed by people) with formulas defused.
const csvCell = (v: string | number | null) => csvField(typeof v === "number" ? Math.round(v * 1000) / 1000 : v, { defuseFormulas: true });

export function comparisonCsv(c: Comparison): string {
  const lines = [COMPARISON_CSV_COLUMNS.join(",")];
  for (const row of c.rows) {
    c.clients.forEach((client, k) => {
      const score = row.scores[k] ?? null;
      const level: MaturityLevel | null = score === null ? null : levelForScore(score);
      lines.push(
        [
          row.kind,
          row.moduleKey,
          row.key,
          row.name,
          client.slug,
          client.name,
          client.assessmentName,
          client.status,
          client.respondents,
          score,
          score === null ? null : toPercent(score),
          level,
          c.market.label,
          row.market,
          score === null || row.market === null ? null : score - row.market,
        ]
          .map(csvCell)
          .join(","),
      );
    });
  }
  return `${lines.join("\r\n")}\r\n`;
}

/** Each granted client's latest CLOSED or PUBLISHED assessment that has submitted answers. */
export async function loadComparison(db: Db, consultancyOrgId: string): Promise<Comparison> {
  const banks = await grantedInstitutions(db, consultancyOrgId, "CONSULTANCY");
  const compared: ClientResults[] = [];
  const notCompared: Comparison["notCompared"] = [];
  for (const bank of banks) {
    const candidates = await db.assessment.findMany({
      where: { organizationId: bank.id, status: { in: ["CLOSED", "PUBLISHED"] } },
      orderBy: [{ closedAt: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
      take: 5,
    });
    let found: ClientResults | null = null;
    for (const a of candidates) {
      const results = await clientAssessmentResults(db, consultancyOrgId, a, { intervals: false });
      if (results && results.status === "ok") {
        found = {
          client: {
            slug: bank.slug,
            name: bank.name,
            assessmentId: a.id,
            assessmentName: a.name,
            status: a.status,
            respondents: results.overall.respondents,
          },
          results,
        };
        break;
      }
    }
    if (found) compared.push(found);
    else notCompared.push({ slug: bank.slug, name: bank.name });
  }
  return buildComparison(compared, notCompared, await marketMedians(db));
}

/** The whole pool's latest round, through the benchmark's own k-anonymity rule; null without a market. */
async function marketMedians(db: Db): Promise<MarketMedians | null> {
  // No institution is "self" here: the market includes the clients, as it does for everyone else.
  const view = await loadBenchmark(db, { id: "" }, {});
  if (view.status !== "ok" || view.round === null) return null;
  const medians = new Map(view.metrics.flatMap((m) => (m.peers ? [[m.key, m.peers.median] as const] : [])));
  return { round: view.round, institutions: view.peerCount, medians };
}

/** The CSV export behind GET /:org/clients/comparison.csv: ANALYST and up of a consultancy. */
export async function exportComparisonCsv(
  db: Db,
  user: SessionUser | null,
  orgSlug: string,
): Promise<ActionResult<{ csv: string; filename: string }>> {
  try {
    const ctx = await guardOrg(db, { user }, orgSlug, { ...PORTFOLIO, minRole: "ANALYST" });
    const csv = comparisonCsv(await loadComparison(db, ctx.org.id));
    return ok({ csv, filename: `${ctx.org.slug}-client-comparison-${new Date().toISOString().slice(0, 10)}.csv` });
  } catch (e) {
    return refusalResult(e);
  }
}
