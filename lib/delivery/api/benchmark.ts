// GET /api/v1/benchmark – the key's bank against a filtered peer group, with the same k-anonymity
// rule, plan and figures as the benchmark page (lib/features/benchmark).
import "server-only";
import { fail } from "../../platform/http/action-result.ts";
import { requireFeature } from "../../features/billing/entitlements.ts";
import { loadBenchmark } from "../../features/benchmark/benchmark-view.ts";
import { apiError, type ApiContext } from "./guard.ts";
import { benchmarkQuery, benchmarkResponse } from "./schemas.ts";
import { parseQuery, schemaJson } from "./validate.ts";

export async function benchmarkV1(request: Request, ctx: ApiContext): Promise<Response> {
  if (ctx.org.kind !== "BANK") return apiError(fail(404, "Benchmarks are for banks: this key belongs to another kind of organisation."));
  const unpaid = await requireFeature(ctx.db, ctx.org, "benchmarkPercentiles");
  if (unpaid) return apiError(unpaid);
  const q = parseQuery(benchmarkQuery, new URL(request.url));
  if (!q.ok) return apiError(q.failure);
  const view = await loadBenchmark(ctx.db, ctx.org, q.data);
  const head = { frameworkVersion: view.frameworkVersion, round: view.round, k: view.k };
  if (view.status === "suppressed") return schemaJson(benchmarkResponse, { ...head, status: view.status, reason: view.reason });
  return schemaJson(benchmarkResponse, {
    ...head, status: view.status, peerCount: view.peerCount,
    metrics: view.metrics.map((m) => ({ key: m.key, kind: m.kind, name: m.name, own: m.own, percentileRank: m.percentileRank, peers: m.peers })),
  });
}
