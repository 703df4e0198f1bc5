// Migrates one template database per engine under test, once per run; each test file then gets
// a private copy in about a second (PGlite: a copied data folder; PostgreSQL: CREATE DATABASE … TEMPLATE).
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../../lib/platform/db/migrate.ts";
import { adminQuery, postgresServerUrl, withDatabase } from "./postgres-admin.ts";

export default async function setup(project: TestProject) {
  const server = postgresServerUrl();
  const needPglite = !server || process.env.MEYAR_TEST_BOTH_ENGINES === "1";

  const pgliteDir = needPglite ? mkdtempSync(path.join(os.tmpdir(), "meyar-tpl-")) : "";
  if (needPglite) await migrateDeploy(`file:${pgliteDir}`);
  project.provide("pgliteTemplate", pgliteDir);

  let templateDb: string | null = null;
  if (server) {
    templateDb = `meyar_tpl_${process.pid}_${Date.now()}`;
    await adminQuery(server, `CREATE DATABASE "${templateDb}"`);
    await migrateDeploy(withDatabase(server, templateDb));
  }
  project.provide("postgresTemplate", templateDb);

  return async () => {
    if (pgliteDir) rmSync(pgliteDir, { recursive: true, force: true });
    if (server && templateDb) await adminQuery(server, `DROP DATABASE IF EXISTS "${templateDb}" WITH (FORCE)`);
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string | null;
  }
}
