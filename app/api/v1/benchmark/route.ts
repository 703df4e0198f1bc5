// GET /api/v1/benchmark?round=&ownership=&sizeBand=&region=
import { db } from "@/lib/platform/db/prisma";
import { withApiKey } from "@/lib/delivery/api/guard";
import { benchmarkV1 } from "@/lib/delivery/api/benchmark";

export const GET = withApiKey("read", () => db, benchmarkV1);
