// Reads the project's own import statements (relative and `@/…`), resolved to files, for tests
// that check the shape of the code (folder cycles, server-only markers).
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "../../..");

export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

function resolveFile(base: string): string | null {
  const candidates = [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Import targets named in a source text, as absolute paths (not checked to exist). */
export function importsOf(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)/g)].map(
    (m) => m[1] ?? m[2] ?? "",
  );
  return specs.flatMap((s) => {
    if (s.startsWith(".")) return [path.resolve(path.dirname(file), s)];
    if (s.startsWith("@/")) return [path.join(root, s.slice(2))];
    return [];
  });
}

/** Every project file reachable from the entry files by imports (the entries included), not walking into `stopAt`. */
export function reachableFrom(entries: readonly string[], stopAt: readonly string[] = []): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || stopAt.includes(file) || !/\.tsx?$/.test(file)) continue;
    seen.add(file);
    for (const target of importsOf(file, readFileSync(file, "utf8"))) {
      const resolved = resolveFile(target);
      if (resolved) queue.push(resolved);
    }
  }
  return seen;
}
