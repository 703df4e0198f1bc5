import "server-only";
import type { Db } from "./connect.ts";

/** Resolves when the database answers a trivial query (GET /api/health); rejects otherwise. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.$queryRaw`SELECT 1`;
}
