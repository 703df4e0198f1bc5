// A hash of everything that goes into the production build, so `npm start` rebuilds only when
// the sources (or dependencies) changed.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const ROOTS = [
  "app",
  "components",
  "lib",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["node_modules", ".next", "generated", ".data"]);

function walk(p: string, out: string[]): void {
  if (!existsSync(p)) return;
  if (statSync(p).isDirectory()) {
    for (const e of readdirSync(p).sort()) if (!SKIP.has(e) && !e.endsWith(".test.ts")) walk(path.join(p, e), out);
  } else out.push(p);
}

export function sourceFingerprint(): string {
  const files: string[] = [];
  for (const r of ROOTS) walk(r, files);
  const hash = createHash("sha256");
  for (const f of files) hash.update(f).update("\0").update(readFileSync(f)).update("\0");
  return hash.digest("hex");
}
