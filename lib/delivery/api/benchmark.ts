// GET /api/v1/benchmark – the key's bank against a filtered peer group, with the same k-anonymity
// rule, plan and figures as the benchmark page (lib/features/benchmark).
import "server-only";
import { loadBenchmark } from "../../features/benchmark/benchmark-view.ts";
import { apiError, type ApiAccess, type ApiContext } from "./guard.ts";
import { BENCHMARK } from "../../features/access/requirements.ts";
import { benchmarkQuery, benchmarkResponse } from "./schemas.ts";
import { parseQuery, schemaJson } from "./validate.ts";

/** Declared to the API guard by the route: banks only, and the benchmark plan feature. */
export const BENCHMARK_V1: ApiAccess = { scope: "read", ...BENCHMARK };

export async function benchmarkV1(request: Request, ctx: ApiContext): Promise<Response> {
  const q = parseQuery(benchmarkQuery, new URL(request.url));
  if (!q.ok) return apiError(q.failure);
  const view = await loadBenchmark(ctx.db, ctx.org, q.data);
  const head = { frameworkVersion: view.frameworkVersion, round: view.round, k: view.k };
  if (view.status === "suppressed") return schemaJson(benchmarkResponse, { ...head, status: view.status, reason: view.reason });
  return schemaJson(benchmarkResponse, {
    ...head,
    status: view.status,
    peerCount: view.peerCount,
    metrics: view.metrics.map((m) => ({
      key: m.key,
      kind: m.kind,
      name: m.name,
      own: m.own,
      percentileRank: m.percentileRank,
      peers: m.peers,
    })),
  });
}
