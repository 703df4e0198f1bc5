#!/usr/bin/env node
// @ts-check
/**
 * Meyar's stand-in for Prisma's native schema engine.
 *
 * The Prisma CLI (prisma 7.10.1) spawns the binary named by PRISMA_SCHEMA_ENGINE_BINARY for every
 * `migrate …` / `db …` command. The native binary cannot be downloaded here (offline) and could never
 * reach PGlite anyway (PGlite lives in-process). This script speaks the native engine's protocol and
 * delegates the work to Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm) over a driver
 * adapter: PGlite for `file:`/`memory:` urls, node-postgres (@prisma/adapter-pg) for postgres:// urls.
 *
 * Two modes, exactly like the native engine:
 *   schema-engine.mjs --datamodels <file>… --datasource '{"url":…,"shadowDatabaseUrl":…}'
 *       → JSON-RPC 2.0 server, one JSON object per line on stdin/stdout.
 *   schema-engine.mjs --datasource '{"url":…}' cli <can-connect-to-database|create-database|drop-database>
 *       → one-shot command; exit 0 on success, otherwise a JSON ERROR log line on stderr
 *         (target "schema_engine::logger", fields { error_code, message }) and exit 1.
 *
 * stdout carries protocol messages only and every stderr line is a JSON log line (the CLI parses them),
 * so console output of libraries is redirected into the log. See README.md next to this file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ENGINE_VERSION = "meyar-engine-bridge/1 (schema-engine-wasm)";

// ---------------------------------------------------------------------------------------------
// Output channels. Keep references to the real writers before anything can patch the console.
// ---------------------------------------------------------------------------------------------
const writeStdout = process.stdout.write.bind(process.stdout);
const writeStderr = process.stderr.write.bind(process.stderr);

/**
 * One log line in the native engine's tracing-JSON format.
 * @param {"ERROR"|"WARN"|"INFO"|"DEBUG"|"TRACE"} level
 * @param {string} message
 * @param {Record<string, unknown>} [fields]
 * @param {string} [target]
 */
function log(level, message, fields = {}, target = "schema_engine::bridge") {
  const line = JSON.stringify({
    timestamp: new Date().toISOString(),
    level,
    fields: { message, ...fields },
    target,
  });
  writeStderr(line + "\n");
}

const DEBUG = /(^|,)\s*(debug|trace)\b/i.test(process.env.RUST_LOG ?? "") || !!process.env.MEYAR_ENGINE_BRIDGE_DEBUG;

// Nothing but protocol lines may reach stdout, and nothing but JSON may reach stderr.
for (const method of /** @type {const} */ (["log", "info", "debug", "trace"])) {
  console[method] = (...args) => {
    if (DEBUG) log("DEBUG", args.map(String).join(" "), {}, "schema_engine::console");
  };
}
for (const method of /** @type {const} */ (["warn", "error"])) {
  console[method] = (...args) => log("WARN", args.map(String).join(" "), {}, "schema_engine::console");
}
process.removeAllListeners("warning");
process.on("warning", (w) => {
  if (DEBUG) log("DEBUG", `${w.name}: ${w.message}`, {}, "schema_engine::node");
});

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------
/**
 * @param {string[]} argv
 */
function parseArgs(argv) {
  /** @type {{ datamodels: string[], datasource: { url?: string, shadowDatabaseUrl?: string } | null, cli: string | null, version: boolean }} */
  const out = { datamodels: [], datasource: null, cli: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels" || a === "-d") out.datamodels.push(String(argv[++i]));
    else if (a === "--datasource") out.datasource = JSON.parse(String(argv[++i]));
    else if (a === "--enabled-preview-features" || a === "--extension-types")
      i++; // accepted, unused
    else if (a === "--version" || a === "-V") out.version = true;
    else if (a === "cli") {
      out.cli = argv[++i] ?? null;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Errors in the engine's shape
// ---------------------------------------------------------------------------------------------
class UserFacingError extends Error {
  /**
   * @param {string} code  Prisma error code, e.g. "P1001"
   * @param {string} message
   * @param {Record<string, unknown>} [meta]
   */
  constructor(code, message, meta = {}) {
    super(message);
    this.errorCode = code;
    this.meta = meta;
  }
}

/**
 * Turn whatever the wasm engine or a driver threw into `{ message, error_code?, meta?, is_panic }`.
 * @param {unknown} e
 */
function describeError(e) {
  if (e instanceof UserFacingError) {
    return { is_panic: false, message: e.message, error_code: e.errorCode, meta: e.meta };
  }
  /** @type {any} */
  const err = e;
  if (err && typeof err === "object") {
    // The wasm engine rejects with user-facing errors shaped like the native engine's error data.
    const message = err.message ?? err.error ?? JSON.stringify(err);
    const code = err.error_code ?? err.errorCode ?? err.code;
    const isPanic = err.name === "RuntimeError" || err.is_panic === true;
    return {
      is_panic: isPanic,
      message: String(message),
      ...(typeof code === "string" && /^P\d{4}$/.test(code) ? { error_code: code } : {}),
      ...(err.meta ? { meta: err.meta } : {}),
      ...(isPanic && err.stack ? { backtrace: String(err.stack) } : {}),
    };
  }
  return { is_panic: false, message: String(e) };
}

// ---------------------------------------------------------------------------------------------
// Datasources
// ---------------------------------------------------------------------------------------------
/**
 * @param {string} url
 * @returns {{ kind: "pglite", dataDir: string | null } | { kind: "pg", url: string }}
 */
function classifyUrl(url) {
  if (/^postgres(ql)?:\/\//i.test(url)) return { kind: "pg", url };
  if (url === "memory:" || url.startsWith("memory:")) return { kind: "pglite", dataDir: null };
  if (url.startsWith("file:")) {
    let p = url.slice("file:".length);
    if (p.startsWith("//")) p = fileURLToPath(url); // file:///abs/path
    p = p.split("?")[0] ?? p;
    return { kind: "pglite", dataDir: path.resolve(process.cwd(), p) };
  }
  throw new UserFacingError(
    "P1013",
    `The provided database string is invalid. Unsupported url scheme in "${redact(url)}": use file:<dir> or memory: (PGlite), or postgres(ql)://… (PostgreSQL).`,
  );
}

/** @param {string} url */
function redact(url) {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, "//$1:***@");
}

/** @type {Array<() => Promise<void>>} */
const closers = [];

/**
 * A freshly initialised PGlite cluster, cached as a gzipped data-dir dump. Running initdb is the slow
 * part of opening a new PGlite (≈ 4 s on an idle machine, 20 s+ on a busy one); loading the dump takes
 * a fraction of that. Used for every shadow database and for new `file:` data directories. The cache is
 * keyed by the PGlite version and lives in node_modules/.cache (or MEYAR_PGLITE_TEMPLATE_DIR).
 */
function templatePath() {
  let dir = path.dirname(require.resolve("@electric-sql/pglite"));
  let version = "unknown";
  for (let i = 0; i < 5; i++) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg)) {
      const json = JSON.parse(fs.readFileSync(pkg, "utf8"));
      if (json.name === "@electric-sql/pglite") {
        version = json.version;
        break;
      }
    }
    dir = path.dirname(dir);
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  const nodeModules = path.resolve(here, "..", "..", "node_modules");
  const cacheDir =
    process.env.MEYAR_PGLITE_TEMPLATE_DIR ??
    (fs.existsSync(nodeModules) ? path.join(nodeModules, ".cache", "meyar-engine-bridge") : path.join(os.tmpdir(), "meyar-engine-bridge"));
  return path.join(cacheDir, `pglite-${version}-empty.tar.gz`);
}

/** @returns {Blob | null} */
function readTemplate() {
  if (process.env.MEYAR_PGLITE_TEMPLATE === "off") return null;
  try {
    return new Blob([fs.readFileSync(templatePath())], { type: "application/x-gzip" });
  } catch {
    return null;
  }
}

/** @param {any} db a PGlite instance fresh out of initdb, not yet used */
async function saveTemplate(db) {
  if (process.env.MEYAR_PGLITE_TEMPLATE === "off") return;
  try {
    const file = templatePath();
    if (fs.existsSync(file)) return;
    const dump = await db.dumpDataDir("gzip");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer()));
    fs.renameSync(tmp, file); // atomic: concurrent bridges never see half a file
    log("INFO", `cached an empty PGlite cluster at ${file}`);
  } catch (e) {
    log("WARN", `could not cache the PGlite template: ${/** @type {any} */ (e)?.message ?? e}`);
  }
}

/**
 * @param {string | null} dataDir  null → in memory
 */
async function openPGlite(dataDir) {
  const { PGlite } = await import("@electric-sql/pglite");
  const started = Date.now();
  let isNew = true;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    isNew = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  }
  const template = isNew ? readTemplate() : null;
  /** @type {any} */
  const options = template ? { loadDataDir: template } : {};
  const db = dataDir ? new PGlite(dataDir, options) : new PGlite(options);
  await db.waitReady;
  if (isNew && !template) await saveTemplate(db);
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await db.close().catch(() => {});
  };
  closers.push(close);
  const how = !isNew ? "opened" : template ? "created from the cached template" : "created (initdb)";
  log("INFO", `PGlite ${how} (${dataDir ?? "in memory"}) in ${Date.now() - started} ms`);
  return { db, close };
}

/**
 * pglite-prisma-adapter 0.7.2 forgets to await `exec` in executeScript: a broken migration would be
 * reported as applied. Await it and map the driver error the same way the adapter maps query errors.
 * @param {any} adapter
 */
function fixPGliteAdapter(adapter) {
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await adapter.client.exec(script);
    } catch (e) {
      adapter.onError(e); // throws a DriverAdapterError for database errors, rethrows anything else
    }
  };
  return adapter;
}

/**
 * Driver adapter factory for PGlite with a fresh in-memory PGlite as shadow database (closed after use).
 * @param {string | null} dataDir
 */
async function pgliteFactory(dataDir) {
  const { PrismaPGlite } = await import("pglite-prisma-adapter");
  /** @type {Promise<{ db: any, close: () => Promise<void> }> | null} */
  let main = null;
  return {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "pglite-prisma-adapter",
    async connect() {
      main ??= openPGlite(dataDir);
      const { db } = await main;
      const adapter = await new PrismaPGlite(db).connect();
      return fixPGliteAdapter(adapter);
    },
    async connectToShadowDb() {
      const { db, close } = await openPGlite(null);
      const adapter = fixPGliteAdapter(await new PrismaPGlite(db).connect());
      const dispose = adapter.dispose.bind(adapter);
      adapter.dispose = async () => {
        await dispose();
        await close();
      };
      return adapter;
    },
  };
}

/**
 * adapter-pg 7.10 cannot deserialise the system type "char" (oid 18) that the engine's catalog
 * queries return: report it as text (oid 25). Patched on the shared queryable prototype so that
 * transactions are covered too.
 * Also run migration scripts as ONE simple-protocol query, like the native engine does, instead of
 * adapter-pg's naive split on ";" (which breaks functions, DO blocks and string literals).
 * @param {any} adapter
 */
function fixPgAdapter(adapter) {
  /** @type {any} */
  const queryableProto = Object.getPrototypeOf(Object.getPrototypeOf(adapter));
  if (queryableProto && !queryableProto.__meyarCharFix && typeof queryableProto.performIO === "function") {
    const performIO = queryableProto.performIO;
    queryableProto.performIO = async function (/** @type {any} */ query) {
      const result = await performIO.call(this, query);
      for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
      return result;
    };
    queryableProto.__meyarCharFix = true;
  }
  adapter.executeScript = async (/** @type {string} */ script) => {
    try {
      await adapter.client.query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

/**
 * Connection config with discrete fields (a `connectionString` would override `database`).
 * @param {string} url
 * @param {string} [database]
 */
function pgConfig(url, database) {
  const { parse } = require("pg-connection-string");
  const cfg = /** @type {any} */ (parse(url));
  /** @type {Record<string, unknown>} */
  const out = {
    host: cfg.host ?? undefined,
    port: cfg.port ? Number(cfg.port) : undefined,
    user: cfg.user ?? undefined,
    password: cfg.password ?? undefined,
    database: database ?? cfg.database ?? undefined,
    ssl: cfg.ssl ?? undefined,
    application_name: "meyar-engine-bridge",
    max: 4,
  };
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

/** @param {string} name */
const quoteIdent = (name) => `"${name.replace(/"/g, '""')}"`;

/**
 * Driver adapter factory for PostgreSQL (node-postgres through @prisma/adapter-pg).
 * @param {string} url
 * @param {string | undefined} shadowUrl
 */
async function pgFactory(url, shadowUrl) {
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const pg = (await import("pg")).default;
  /** @param {Record<string, unknown>} cfg */
  const adapterFor = async (cfg) => {
    const adapter = fixPgAdapter(await new PrismaPg(/** @type {any} */ (cfg)).connect());
    closers.push(async () => {
      await adapter.dispose().catch(() => {});
    });
    return adapter;
  };
  return {
    provider: /** @type {const} */ ("postgres"),
    adapterName: "@prisma/adapter-pg",
    async connect() {
      return adapterFor(pgConfig(url));
    },
    async connectToShadowDb() {
      if (shadowUrl) return adapterFor(pgConfig(shadowUrl));
      // Our own lifecycle: create → use → close the pool → drop. adapter-pg's own drops the
      // database while its pool is still open ("being accessed by other users").
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      const admin = new pg.Client(pgConfig(url));
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } finally {
        await admin.end();
      }
      log("INFO", `created shadow database ${name}`);
      const adapter = fixPgAdapter(await new PrismaPg(/** @type {any} */ (pgConfig(url, name))).connect());
      const dispose = adapter.dispose.bind(adapter);
      let disposed = false;
      const disposeAll = async () => {
        if (disposed) return;
        disposed = true;
        await dispose().catch(() => {});
        const dropper = new pg.Client(pgConfig(url));
        await dropper.connect();
        try {
          await dropper.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } finally {
          await dropper.end();
        }
        log("INFO", `dropped shadow database ${name}`);
      };
      adapter.dispose = disposeAll;
      closers.push(disposeAll);
      return adapter;
    },
  };
}

/**
 * @param {{ url?: string, shadowDatabaseUrl?: string } | null} datasource
 */
async function adapterFactoryFor(datasource) {
  const url = datasource?.url;
  if (!url) throw new UserFacingError("P1012", "No datasource url: set DATABASE_URL or datasource.url in prisma.config.ts.");
  const target = classifyUrl(url);
  if (target.kind === "pg") return pgFactory(target.url, datasource?.shadowDatabaseUrl);
  return pgliteFactory(target.dataDir);
}

// ---------------------------------------------------------------------------------------------
// The WebAssembly schema engine. Node 20 cannot `import` a .wasm module, so instantiate it by hand
// the way the package's own entry point would.
// ---------------------------------------------------------------------------------------------
async function loadWasmEngine() {
  const bg = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.join(path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg")), "schema_engine_bg.wasm");
  const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  /** @type {any} */ (instance.exports).__wbindgen_start();
  return bg;
}

/**
 * Log callback handed to the wasm engine: it passes JSON strings (tracing events) or plain values.
 * @param {unknown} entry
 */
function engineLog(entry) {
  try {
    const parsed = typeof entry === "string" ? JSON.parse(entry) : entry;
    if (parsed && typeof parsed === "object") {
      /** @type {any} */
      const ev = parsed;
      const level = String(ev.level ?? "INFO").toUpperCase();
      const message = ev.fields?.message ?? ev.message ?? JSON.stringify(ev);
      if (level === "ERROR" || level === "WARN" || DEBUG) {
        log(
          /** @type {any} */ (level),
          String(message),
          { ...(ev.fields ?? {}), message: String(message) },
          ev.target ?? "schema_engine::wasm",
        );
      }
      return;
    }
  } catch {
    /* not JSON */
  }
  if (DEBUG) log("DEBUG", String(entry), {}, "schema_engine::wasm");
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------------------------
/**
 * @param {{ datamodels: string[], datasource: { url?: string, shadowDatabaseUrl?: string } | null }} args
 */
async function serveRpc(args) {
  log("INFO", "Starting schema engine RPC server", { git_hash: ENGINE_VERSION }, "schema_engine::start");

  /** @type {[string, string][]} */
  const datamodels = args.datamodels.map((f) => [f, fs.readFileSync(path.resolve(process.cwd(), f), "utf8")]);

  /** @type {Promise<any> | null} */
  let enginePromise = null;
  const engine = () =>
    (enginePromise ??= (async () => {
      const [bg, factory] = await Promise.all([loadWasmEngine(), adapterFactoryFor(args.datasource)]);
      const { bindMigrationAwareSqlAdapterFactory } = await import("@prisma/driver-adapter-utils");
      return bg.SchemaEngine.new(
        { datamodels: datamodels.length ? datamodels : undefined },
        engineLog,
        bindMigrationAwareSqlAdapterFactory(/** @type {any} */ (factory)),
      );
    })());

  // Requests we send to the CLI (`print`) await the CLI's response before we answer our own.
  let nextOutgoingId = 1_000_000;
  /** @type {Map<number, () => void>} */
  const pendingOutgoing = new Map();
  /** @param {string} content */
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextOutgoingId++;
      pendingOutgoing.set(id, () => resolve(undefined));
      writeStdout(JSON.stringify({ jsonrpc: "2.0", id, method: "print", params: { content } }) + "\n");
    });

  /** @param {unknown} msg */
  const send = (msg) => writeStdout(JSON.stringify(msg) + "\n");

  /**
   * `migrate dev` straight after applying a pending migration fails with "PostgreSQL shadow DB must be
   * provided through an external factory" (evaluateDataLoss / createMigration) until devDiagnostic has
   * run again with the same migrations list. So: whenever the migration history may have changed since
   * the last devDiagnostic (or none ran yet), run it first, ignoring its answer.
   */
  let diagnosticStale = true;
  const STALE_AFTER = new Set(["applyMigrations", "reset", "markMigrationApplied", "markMigrationRolledBack", "schemaPush"]);

  /**
   * @param {string} method
   * @param {any} params
   */
  async function call(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        return (await engine()).version(params ?? null);
      case "createDatabase": {
        // The wasm engine cannot create databases; the CLI only needs the name back.
        const url = args.datasource?.url ?? "";
        const target = classifyUrl(url);
        if (target.kind === "pg") {
          const name = String(pgConfig(url).database ?? "postgres");
          await createPgDatabase(url);
          return { databaseName: name };
        }
        if (target.dataDir) fs.mkdirSync(target.dataDir, { recursive: true });
        return { databaseName: target.dataDir ? path.basename(target.dataDir) : "memory" };
      }
      case "debugPanic":
        throw Object.assign(new Error("This is the debugPanic artificial panic"), { is_panic: true });
      default: {
        const e = await engine();
        if (typeof e[method] !== "function") {
          throw Object.assign(new Error(`Method not found: ${method}`), { rpcCode: -32601 });
        }
        if ((method === "createMigration" || method === "evaluateDataLoss") && diagnosticStale && params?.migrationsList) {
          log("INFO", `running devDiagnostic before ${method} (migration history changed in this session)`);
          await e.devDiagnostic({
            migrationsList: params.migrationsList,
            filters: params.filters ?? { externalTables: [], externalEnums: [] },
          });
          diagnosticStale = false;
        }
        if (method === "devDiagnostic") diagnosticStale = false;
        if (STALE_AFTER.has(method)) diagnosticStale = true;
        return e[method](params ?? {});
      }
    }
  }

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  /** @type {Promise<void>} */
  let queue = Promise.resolve();
  rl.on("line", (line) => {
    if (!line.trim()) return;
    /** @type {any} */
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    // A response to one of our `print` requests.
    if (msg.method === undefined && msg.id !== undefined && pendingOutgoing.has(msg.id)) {
      pendingOutgoing.get(msg.id)?.();
      pendingOutgoing.delete(msg.id);
      return;
    }
    // Requests are handled one after another, like the native engine does.
    queue = queue.then(async () => {
      const started = Date.now();
      try {
        const result = await call(msg.method, msg.params);
        let payload = result ?? {};
        if (payload && typeof payload === "object" && typeof payload.stdout === "string") {
          // The CLI prints `stdout` only when it arrives as a `print` request before the response.
          await print(payload.stdout);
          payload = { ...payload, stdout: null };
        }
        if (DEBUG) log("DEBUG", `${msg.method} done in ${Date.now() - started} ms`);
        send({ jsonrpc: "2.0", id: msg.id, result: payload });
      } catch (e) {
        const data = describeError(e);
        log("INFO", `${msg.method} failed: ${data.message}`);
        send({
          jsonrpc: "2.0",
          id: msg.id,
          error: {
            code: /** @type {any} */ (e)?.rpcCode ?? 4466,
            message: "An error happened. Check the data field for details.",
            data,
          },
        });
      }
    });
  });
  await new Promise((resolve) => rl.on("close", resolve));
  await queue;
}

// ---------------------------------------------------------------------------------------------
// `cli` subcommands
// ---------------------------------------------------------------------------------------------
/** @param {string} url */
async function createPgDatabase(url) {
  const pg = (await import("pg")).default;
  const cfg = pgConfig(url);
  const admin = new pg.Client({ ...cfg, database: "postgres" });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(String(cfg.database))}`);
  } catch (e) {
    if (/** @type {any} */ (e)?.code !== "42P04") throw e; // already exists
  } finally {
    await admin.end();
  }
}

/**
 * Map a node-postgres connection error onto the engine's user-facing codes.
 * @param {any} e
 * @param {string} url
 */
function pgConnectError(e, url) {
  const cfg = pgConfig(url);
  if (e?.code === "3D000")
    return new UserFacingError(
      "P1003",
      `Database \`${cfg.database}\` does not exist on the database server at \`${cfg.host}:${cfg.port ?? 5432}\`.`,
      { database_name: cfg.database },
    );
  if (e?.code === "28P01" || e?.code === "28000")
    return new UserFacingError("P1000", `Authentication failed against database server at \`${cfg.host}\`: ${e.message}`);
  if (e?.code === "ECONNREFUSED" || e?.code === "ENOTFOUND" || e?.code === "ETIMEDOUT")
    return new UserFacingError(
      "P1001",
      `Can't reach database server at \`${cfg.host}:${cfg.port ?? 5432}\`\n\nPlease make sure your database server is running at \`${cfg.host}:${cfg.port ?? 5432}\`.`,
    );
  return e;
}

/**
 * @param {string} command
 * @param {{ url?: string } | null} datasource
 */
async function runCli(command, datasource) {
  log("INFO", `Starting schema engine CLI command ${command}`, { git_hash: ENGINE_VERSION }, "schema_engine::start");
  const url = datasource?.url;
  if (!url) throw new UserFacingError("P1012", "No datasource url given.");
  const target = classifyUrl(url);
  if (target.kind === "pglite") {
    if (command === "can-connect-to-database") return; // PGlite creates its data directory on open
    if (command === "create-database") {
      if (target.dataDir) {
        const { close } = await openPGlite(target.dataDir);
        await close();
      }
      return;
    }
    if (command === "drop-database") {
      if (target.dataDir) fs.rmSync(target.dataDir, { recursive: true, force: true });
      return;
    }
    throw new UserFacingError("P1012", `Unknown cli command ${command}`);
  }
  const pg = (await import("pg")).default;
  const cfg = pgConfig(url);
  if (command === "can-connect-to-database") {
    const client = new pg.Client(cfg);
    try {
      await client.connect();
      await client.query("SELECT 1");
    } catch (e) {
      throw pgConnectError(e, url);
    } finally {
      await client.end().catch(() => {});
    }
    return;
  }
  if (command === "create-database") {
    try {
      await createPgDatabase(url);
    } catch (e) {
      throw pgConnectError(e, url);
    }
    return;
  }
  if (command === "drop-database") {
    const admin = new pg.Client({ ...cfg, database: "postgres" });
    try {
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(String(cfg.database))} WITH (FORCE)`);
    } catch (e) {
      throw pgConnectError(e, url);
    } finally {
      await admin.end().catch(() => {});
    }
    return;
  }
  throw new UserFacingError("P1012", `Unknown cli command ${command}`);
}

// ---------------------------------------------------------------------------------------------
// main
// ---------------------------------------------------------------------------------------------
async function closeAll() {
  for (const close of closers.splice(0).reverse()) {
    await close().catch(() => {});
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    writeStdout(`schema-engine-cli ${ENGINE_VERSION}\n`);
    return 0;
  }
  if (args.cli) {
    try {
      await runCli(args.cli, args.datasource);
      return 0;
    } catch (e) {
      const d = describeError(e);
      log("ERROR", d.message, { error_code: d.error_code ?? "P1000", message: d.message }, "schema_engine::logger");
      return 1;
    } finally {
      await closeAll();
    }
  }
  try {
    await serveRpc(args);
    return 0;
  } finally {
    await closeAll();
  }
}

main().then(
  (code) => process.exit(code),
  async (e) => {
    log("ERROR", `schema engine bridge crashed: ${e?.stack ?? e}`, {}, "schema_engine::logger");
    await closeAll();
    process.exit(101);
  },
);
for (const sig of /** @type {const} */ (["SIGTERM", "SIGINT"])) {
  process.on(sig, () => {
    closeAll().finally(() => process.exit(130));
  });
}
