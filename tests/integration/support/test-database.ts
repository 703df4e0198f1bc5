// A private, migrated database for one test file, on each engine under test.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { inject } from "vitest";
import { createPrismaClient, type Db } from "../../../lib/platform/db/connect.ts";
import { adminQuery, postgresServerUrl, withDatabase } from "./postgres-admin.ts";

export type Engine = "pglite" | "postgres";

export interface TestDatabase {
  engine: Engine;
  url: string;
  db: Db;
  dispose(): Promise<void>;
}

/**
 * The engine the test run targets: PostgreSQL when DATABASE_URL names a server, else PGlite.
 * CI runs the suite once each way; MEYAR_TEST_BOTH_ENGINES=1 runs both in one go.
 */
export function enginesUnderTest(): Engine[] {
  if (!inject("postgresTemplate")) return ["pglite"];
  return process.env.MEYAR_TEST_BOTH_ENGINES === "1" ? ["pglite", "postgres"] : ["postgres"];
}

export async function openTestDatabase(engine: Engine): Promise<TestDatabase> {
  if (engine === "pglite") {
    const dir = mkdtempSync(path.join(os.tmpdir(), "meyar-test-"));
    cpSync(inject("pgliteTemplate"), dir, { recursive: true });
    const url = `file:${dir}`;
    const { prisma, close } = createPrismaClient(url);
    return {
      engine,
      url,
      db: prisma,
      dispose: async () => {
        await close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const server = postgresServerUrl();
  const template = inject("postgresTemplate");
  if (!server || !template) throw new Error("PostgreSQL is not under test");
  const name = `meyar_t_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  await adminQuery(server, `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  const url = withDatabase(server, name);
  const { prisma, close } = createPrismaClient(url);
  return {
    engine,
    url,
    db: prisma,
    dispose: async () => {
      await close();
      await prisma.$disconnect();
      await adminQuery(server, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}
