// Which migrations in prisma/migrations the database has not applied yet. Reading Prisma's own
// bookkeeping table directly takes ~1 s, against several seconds for the CLI, so a later
// `npm start` on an up-to-date database skips the CLI entirely.
import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/platform/db/connect.ts";

export function localMigrations(dir = "prisma/migrations"): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
}

export async function pendingMigrations(url: string): Promise<string[]> {
  const local = localMigrations();
  const { prisma, close } = createPrismaClient(url);
  try {
    const table = await prisma.$queryRaw<{ exists: boolean }[]>`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS exists`;
    if (!table[0]?.exists) return local;
    const applied = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const done = new Set(applied.map((r) => r.migration_name));
    return local.filter((m) => !done.has(m));
  } finally {
    await close();
  }
}
