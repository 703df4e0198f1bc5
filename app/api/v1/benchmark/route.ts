// GET /api/v1/benchmark?round=&ownership=&sizeBand=&region=
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { BENCHMARK_V1, benchmarkV1 } from "@/lib/delivery/api/benchmark";

export const GET = withApiKey(BENCHMARK_V1, () => db, benchmarkV1);
