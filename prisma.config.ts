import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine cannot be downloaded on our machines (offline) and could not migrate
// PGlite anyway. The CLI runs whatever PRISMA_SCHEMA_ENGINE_BINARY names, so point it at our bridge
// (prisma/engine-bridge/schema-engine.mjs → @prisma/schema-engine-wasm over a driver adapter).
// The CLI reads the variable only when it first needs the engine, after loading this file.
// See prisma/engine-bridge/README.md.
const root = path.dirname(fileURLToPath(import.meta.url));
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "prisma", "engine-bridge", "schema-engine.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // file:<dir> → PGlite data directory (relative to this folder), memory: → throw-away PGlite,
  // postgres(ql)://… → PostgreSQL server.
  datasource: { url: process.env.DATABASE_URL ?? "file:.data/pglite" },
});
