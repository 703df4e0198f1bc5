// The one database client of a server process, shared by Next's bundle (lib/platform/db/prisma.ts)
// and the job worker that scripts/serve.ts starts beside it: cached on globalThis, because two PGlite
// instances on one data folder corrupt it. (scripts/serve.ts loads the worker after allowing "server-only".)
import "server-only";
import { createPrismaClient, type ConnectedDb, type Db } from "./connect.ts";

const globalForDb = globalThis as unknown as { meyarDb?: ConnectedDb };

export function processDb(): Db {
  return (globalForDb.meyarDb ??= createPrismaClient()).prisma;
}
