// Opens a Prisma client over the right driver adapter. No "server-only" here so that scripts
// (seed, migrations, tests) can use it too; the app imports lib/platform/db/prisma.ts instead.
import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client.ts";
import { databaseUrl, parseDatabaseUrl } from "./database-url.ts";

// Password hashes never leave the database unless a query asks for them explicitly.
const omit = { user: { passwordHash: true } } as const;

export function createPrismaClient(url: string = databaseUrl()) {
  const target = parseDatabaseUrl(url);
  if (target.kind === "postgres") {
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: target.url }), omit });
    return { prisma: client, close: () => client.$disconnect() };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const pglite = new PGlite(target.dataDir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite), omit });
  // The adapter's dispose does not close PGlite; an open PGlite keeps the process alive.
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}

export type Db = ReturnType<typeof createPrismaClient>["prisma"];
export type ConnectedDb = ReturnType<typeof createPrismaClient>;
