// Which database Meyar talks to. Unset DATABASE_URL means the embedded PGlite store under .data/,
// so a fresh machine needs no server; a postgres:// URL selects a PostgreSQL server.
import { env as currentEnv } from "../env.ts";

export const DEFAULT_DATABASE_URL = "file:.data/pglite";

export type DatabaseTarget =
  | { kind: "pglite"; dataDir: string | undefined } // undefined = in memory
  | { kind: "postgres"; url: string };

export function databaseUrl(env: Record<string, string | undefined> = currentEnv()): string {
  const url = env.DATABASE_URL?.trim();
  return url ? url : DEFAULT_DATABASE_URL;
}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return { kind: "postgres", url };
  if (url === "memory:" || url === "memory://") return { kind: "pglite", dataDir: undefined };
  if (url.startsWith("file:")) {
    const dataDir = url.slice("file:".length).replace(/^\/\/(?=\/)/, "");
    if (!dataDir) throw new Error("DATABASE_URL file: needs a folder, e.g. file:.data/pglite");
    return { kind: "pglite", dataDir };
  }
  throw new Error(
    `DATABASE_URL must start with postgres://, postgresql://, file: (embedded PGlite) or be memory: — got "${url.split(":")[0]}:…"`,
  );
}
