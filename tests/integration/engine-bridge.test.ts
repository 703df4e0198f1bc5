/**
 * The schema-engine bridge (prisma/engine-bridge/schema-engine.mjs) end to end, through the real Prisma
 * CLI, on PGlite and on PostgreSQL. Every case works in a temporary project (its own prisma.config.ts,
 * tiny schema and migrations), so neither the app schema nor the real .data/ folder is touched.
 *
 *   npx vitest run tests/integration/engine-bridge.test.ts
 *
 * PostgreSQL: MEYAR_TEST_PG_URL (default postgresql://postgres@127.0.0.1:5432, trust auth). The
 * PostgreSQL cases are skipped, with a message, only when that server cannot be reached.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { MigrateDeployError, migrateDeploy } from "@/lib/platform/db/migrate";
import {
  BRIDGE,
  PG_BASE,
  INIT,
  BROKEN,
  INIT_SQL,
  BROKEN_SQL,
  GIZMO_MODEL,
  GADGET_MODEL,
  timed,
  type Project,
  makeProject,
  cli,
  describeResult,
  withPGlite,
  type MigrationRow,
  MIGRATIONS_SQL,
  TABLE_EXISTS_SQL,
  pgDownReason,
  adminQuery,
  withPg,
  cleanUpProjects,
} from "./support/engine-bridge-project.ts";

afterAll(cleanUpProjects);

// ------------------------------------------------------------------------------------------------
describe("prisma.config.ts at the repo root", () => {
  it("points PRISMA_SCHEMA_ENGINE_BINARY at the bridge and uses the project's paths", async () => {
    const saved = process.env.PRISMA_SCHEMA_ENGINE_BINARY;
    delete process.env.PRISMA_SCHEMA_ENGINE_BINARY;
    try {
      const mod = await import("../../prisma.config.ts");
      const config = mod.default as { schema?: string; migrations?: { path?: string }; datasource?: { url?: string } };
      expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe(BRIDGE);
      expect(config.schema).toBe("prisma/schema.prisma");
      expect(config.migrations?.path).toBe("prisma/migrations");
      expect(config.datasource?.url).toBe(process.env.DATABASE_URL ?? "file:.data/pglite");
    } finally {
      if (saved === undefined) delete process.env.PRISMA_SCHEMA_ENGINE_BINARY;
      else process.env.PRISMA_SCHEMA_ENGINE_BINARY = saved;
    }
    const stat = fs.statSync(BRIDGE);
    expect(stat.mode & 0o111, "the bridge must be executable").not.toBe(0);
    expect(fs.readFileSync(BRIDGE, "utf8").startsWith("#!/usr/bin/env node")).toBe(true);
  });
});

// Each case spawns the Prisma CLI (and PGlite initdb/open) several times: generous timeouts for busy machines.
const SLOW = { timeout: 300_000 };

describe("engine bridge on PGlite", SLOW, () => {
  const url = "file:.data/pglite"; // relative: resolved against the project folder
  let project: Project;
  let dataDir: string;

  beforeAll(() => {
    project = makeProject({ [INIT]: INIT_SQL });
    dataDir = path.join(project.dir, ".data", "pglite");
  });

  it("prisma generate runs with the bridge as the schema engine", async () => {
    const r = await timed("generate", () => cli(project, url, ["generate"]));
    expect(r.code, describeResult(r)).toBe(0);
    expect(fs.existsSync(path.join(project.dir, "generated", "client.ts"))).toBe(true);
  });

  it("(d) migrate diff --from-empty --to-schema --script prints SQL", async () => {
    const r = await timed("migrate diff (PGlite)", () =>
      cli(project, url, ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"]),
    );
    expect(r.code, describeResult(r)).toBe(0);
    expect(r.stdout).toContain('CREATE TYPE "Kind" AS ENUM');
    expect(r.stdout).toContain('CREATE TABLE "Widget"');
    expect(r.stdout).toContain('CREATE UNIQUE INDEX "Widget_name_key"');
  });

  it("(a) migrate deploy applies the migration; the table exists; a second deploy is a no-op", async () => {
    await timed("migrate deploy (PGlite, fresh)", () => migrateDeploy(url, { cwd: project.dir }));
    await withPGlite(dataDir, async (db) => {
      await db.query(`INSERT INTO "Widget" (name, data) VALUES ('w1', '{"a":1}')`);
      const rows = await db.query<{ name: string; kind: string; label: string }>(
        `SELECT name, kind::text AS kind, widget_label(name) AS label FROM "Widget"`,
      );
      expect(rows.rows).toEqual([{ name: "w1", kind: "A", label: "widget: w1" }]);
      const migrations = await db.query<MigrationRow>(MIGRATIONS_SQL);
      expect(migrations.rows).toEqual([{ migration_name: INIT, finished: true, rolled_back: false }]);
    });

    const again = await timed("migrate deploy (PGlite, no-op)", () => cli(project, url, ["migrate", "deploy"]));
    expect(again.code, describeResult(again)).toBe(0);
    expect(again.stdout).toContain("No pending migrations to apply");
    await migrateDeploy(url, { cwd: project.dir }); // idempotent through the module too
    await withPGlite(dataDir, async (db) => {
      expect((await db.query<MigrationRow>(MIGRATIONS_SQL)).rows).toHaveLength(1);
      expect((await db.query(`SELECT count(*)::int AS n FROM "Widget"`)).rows).toEqual([{ n: 1 }]);
    });
  });

  it("(e) migrate status reports the database up to date", async () => {
    const r = await timed("migrate status (PGlite)", () => cli(project, url, ["migrate", "status"]));
    expect(r.code, describeResult(r)).toBe(0);
    expect(r.stdout).toContain("Database schema is up to date!");
  });

  it("(f) migrate dev --create-only writes a new migration offline; migrate dev applies it and the next", async () => {
    fs.appendFileSync(path.join(project.dir, "prisma", "schema.prisma"), GADGET_MODEL);
    const r = await timed("migrate dev --create-only (PGlite)", () =>
      cli(project, url, ["migrate", "dev", "--name", "add_gadget", "--create-only"]),
    );
    expect(r.code, describeResult(r)).toBe(0);
    const created = fs.readdirSync(project.migrationsDir).filter((d) => d.endsWith("_add_gadget"));
    expect(created, describeResult(r)).toHaveLength(1);
    const sql = fs.readFileSync(path.join(project.migrationsDir, created[0]!, "migration.sql"), "utf8");
    expect(sql).toContain('CREATE TABLE "Gadget"');
    expect(sql).not.toContain('"Widget"');

    // `migrate dev` with a pending migration in the folder: applies it, then creates + applies the next
    // (the devDiagnostic quirk in the bridge's README: without the workaround this fails with
    // "PostgreSQL shadow DB must be provided through an external factory").
    fs.appendFileSync(path.join(project.dir, "prisma", "schema.prisma"), GIZMO_MODEL);
    const d = await timed("migrate dev, pending + new (PGlite)", () => cli(project, url, ["migrate", "dev", "--name", "add_gizmo"]));
    expect(d.code, describeResult(d)).toBe(0);
    expect(d.stdout).toContain(created[0]);
    expect(d.stdout).toMatch(/_add_gizmo/);
    await withPGlite(dataDir, async (db) => {
      expect((await db.query<{ t: string | null }>(TABLE_EXISTS_SQL, ['"Gadget"'])).rows[0]?.t).toBe('"Gadget"');
      expect((await db.query<{ t: string | null }>(TABLE_EXISTS_SQL, ['"Gizmo"'])).rows[0]?.t).toBe('"Gizmo"');
      expect((await db.query<MigrationRow>(MIGRATIONS_SQL)).rows.filter((r) => r.finished)).toHaveLength(3);
    });

    // migrate diff against the migrations folder agrees: nothing left to generate.
    const diff = await cli(project, url, [
      "migrate",
      "diff",
      "--from-migrations",
      "prisma/migrations",
      "--to-schema",
      "prisma/schema.prisma",
      "--script",
    ]);
    expect(diff.code, describeResult(diff)).toBe(0);
    expect(diff.stdout).toContain("This is an empty migration.");
  });

  it("(c) broken SQL fails loudly and nothing is recorded as applied", async () => {
    const broken = makeProject({ [INIT]: INIT_SQL, [BROKEN]: BROKEN_SQL });
    const error = await timed("migrate deploy (PGlite, broken)", () =>
      migrateDeploy(url, { cwd: broken.dir }).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect(error).toBeInstanceOf(MigrateDeployError);
    const e = error as MigrateDeployError;
    expect(e.result.code).not.toBe(0);
    expect(e.message).toMatch(/syntax error at or near "TABL"/);
    expect(e.message).toContain(BROKEN);

    await withPGlite(path.join(broken.dir, ".data", "pglite"), async (db) => {
      const rows = (await db.query<MigrationRow>(MIGRATIONS_SQL)).rows;
      expect(rows.find((r) => r.migration_name === INIT)?.finished).toBe(true);
      expect(rows.filter((r) => r.migration_name === BROKEN && r.finished)).toEqual([]);
      // the valid first statement of the broken script was rolled back with it
      expect((await db.query<{ t: string | null }>(TABLE_EXISTS_SQL, ['"Partial"'])).rows[0]?.t).toBeNull();
    });

    // and the CLI keeps refusing until the failed migration is resolved
    const again = await cli(broken, url, ["migrate", "deploy"]);
    expect(again.code).not.toBe(0);
    expect(`${again.stdout}${again.stderr}`).toMatch(/P3009|failed migrations/);
  });
});

describe.skipIf(pgDownReason !== null)("engine bridge on PostgreSQL", SLOW, () => {
  const suffix = randomBytes(4).toString("hex");
  const dbName = `meyar_bridge_test_${suffix}`;
  const brokenDbName = `meyar_bridge_test_${suffix}_broken`;
  const url = `${PG_BASE}/${dbName}`;
  const brokenUrl = `${PG_BASE}/${brokenDbName}`;
  let project: Project;

  beforeAll(async () => {
    await adminQuery(`CREATE DATABASE "${dbName}"`);
    await adminQuery(`CREATE DATABASE "${brokenDbName}"`);
    project = makeProject({ [INIT]: INIT_SQL });
  });

  afterAll(async () => {
    await adminQuery(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
    await adminQuery(`DROP DATABASE IF EXISTS "${brokenDbName}" WITH (FORCE)`);
  });

  it("(d) migrate diff --from-empty --to-schema --script prints SQL", async () => {
    const r = await timed("migrate diff (PostgreSQL)", () =>
      cli(project, url, ["migrate", "diff", "--from-empty", "--to-schema", "prisma/schema.prisma", "--script"]),
    );
    expect(r.code, describeResult(r)).toBe(0);
    expect(r.stdout).toContain('CREATE TABLE "Widget"');
  });

  it("(b) migrate deploy applies the migration; the table exists; a second deploy is a no-op", async () => {
    await timed("migrate deploy (PostgreSQL, fresh)", () => migrateDeploy(url, { cwd: project.dir }));
    await withPg(dbName, async (c) => {
      await c.query(`INSERT INTO "Widget" (name) VALUES ('w1')`);
      const rows = await c.query(`SELECT name, kind::text AS kind, widget_label(name) AS label FROM "Widget"`);
      expect(rows.rows).toEqual([{ name: "w1", kind: "A", label: "widget: w1" }]);
      expect((await c.query(MIGRATIONS_SQL)).rows).toEqual([{ migration_name: INIT, finished: true, rolled_back: false }]);
    });

    const again = await timed("migrate deploy (PostgreSQL, no-op)", () => cli(project, url, ["migrate", "deploy"]));
    expect(again.code, describeResult(again)).toBe(0);
    expect(again.stdout).toContain("No pending migrations to apply");
    await withPg(dbName, async (c) => {
      expect((await c.query(MIGRATIONS_SQL)).rows).toHaveLength(1);
    });
  });

  it("(e) migrate status reports the database up to date", async () => {
    const r = await timed("migrate status (PostgreSQL)", () => cli(project, url, ["migrate", "status"]));
    expect(r.code, describeResult(r)).toBe(0);
    expect(r.stdout).toContain("Database schema is up to date!");
  });

  it("(f) migrate dev --create-only / migrate dev work and leave no shadow database behind", async () => {
    fs.appendFileSync(path.join(project.dir, "prisma", "schema.prisma"), GADGET_MODEL);
    const r = await timed("migrate dev --create-only (PostgreSQL)", () =>
      cli(project, url, ["migrate", "dev", "--name", "add_gadget", "--create-only"]),
    );
    expect(r.code, describeResult(r)).toBe(0);
    const created = fs.readdirSync(project.migrationsDir).filter((d) => d.endsWith("_add_gadget"));
    expect(created).toHaveLength(1);
    expect(fs.readFileSync(path.join(project.migrationsDir, created[0]!, "migration.sql"), "utf8")).toContain('CREATE TABLE "Gadget"');
    fs.appendFileSync(path.join(project.dir, "prisma", "schema.prisma"), GIZMO_MODEL);
    const d = await timed("migrate dev, pending + new (PostgreSQL)", () => cli(project, url, ["migrate", "dev", "--name", "add_gizmo"]));
    expect(d.code, describeResult(d)).toBe(0);
    expect(d.stdout).toContain(created[0]);
    await withPg(dbName, async (c) => {
      expect((await c.query(TABLE_EXISTS_SQL, ['"Gizmo"'])).rows[0]?.t).toBe('"Gizmo"');
    });
    const shadows = await adminQuery(
      `SELECT datname FROM pg_database WHERE datname LIKE 'prisma_migrate_shadow_db_%' AND datname NOT IN (SELECT datname FROM pg_stat_activity WHERE datname IS NOT NULL)`,
    );
    expect(shadows.rows).toEqual([]);
  });

  it("(c) broken SQL fails loudly and nothing is recorded as applied", async () => {
    const broken = makeProject({ [INIT]: INIT_SQL, [BROKEN]: BROKEN_SQL });
    const error = await timed("migrate deploy (PostgreSQL, broken)", () =>
      migrateDeploy(brokenUrl, { cwd: broken.dir }).then(
        () => null,
        (e: unknown) => e,
      ),
    );
    expect(error).toBeInstanceOf(MigrateDeployError);
    const e = error as MigrateDeployError;
    expect(e.result.code).not.toBe(0);
    expect(e.message).toMatch(/syntax error at or near "TABL"/);
    expect(e.message).toContain(BROKEN);
    await withPg(brokenDbName, async (c) => {
      const rows = (await c.query(MIGRATIONS_SQL)).rows as MigrationRow[];
      expect(rows.find((r) => r.migration_name === INIT)?.finished).toBe(true);
      expect(rows.filter((r) => r.migration_name === BROKEN && r.finished)).toEqual([]);
      expect((await c.query(TABLE_EXISTS_SQL, ['"Partial"'])).rows[0]?.t).toBeNull();
    });
  });
});
