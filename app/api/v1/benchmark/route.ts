// GET /api/v1/benchmark?round=&ownership=&sizeBand=&region=
import { db } from "@/lib/db/prisma";
import { withApiKey } from "@/lib/api/guard";
import { benchmarkV1 } from "@/lib/api/benchmark";

export const GET = withApiKey("read", () => db, benchmarkV1);
