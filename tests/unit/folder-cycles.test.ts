// No import cycles between folders of lib/ (issue 18). A folder is lib/<layer>/<concern>
// (lib/features/assessments, lib/domain/instrument, …); a file directly in a layer is its own node.
// File-level cycles inside one folder are allowed; a cycle between two concerns means they are one
// concern or one of them holds something that belongs lower down.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, root, sourceFiles } from "./support/import-graph.ts";

const lib = path.join(root, "lib");

function folderOf(file: string): string {
  const parts = path.relative(root, file).split(path.sep);
  // lib/<layer>/<concern>/… is the concern; a file directly in a layer (lib/platform/env.ts) stands alone.
  return parts
    .slice(0, 3)
    .join("/")
    .replace(/\.tsx?$/, "");
}

function folderGraph(files: { file: string; text: string }[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { file, text } of files) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Set<string>();
    graph.set(from, edges);
    for (const target of importsOf(file, text)) {
      if (!target.startsWith(lib + path.sep)) continue;
      const to = folderOf(target);
      if (to !== from) edges.add(to);
    }
  }
  return graph;
}

/** Every cycle found by depth-first search, each as the folders along it. */
function findCycles(graph: Map<string, Set<string>>): string[][] {
  const cycles: string[][] = [];
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === "open") cycles.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

describe("folder-level import graph of lib/", () => {
  it("finds a cycle when there is one (the check can fail)", () => {
    const graph = folderGraph([
      { file: path.join(lib, "features/a/x.ts"), text: 'import { y } from "../b/y.ts";' },
      { file: path.join(lib, "features/b/y.ts"), text: 'import type { x } from "@/lib/features/a/x";' },
    ]);
    expect(findCycles(graph)).toEqual([["lib/features/a", "lib/features/b", "lib/features/a"]]);
  });

  it("has no cycle between folders", () => {
    const files = sourceFiles(lib).map((file) => ({ file, text: readFileSync(file, "utf8") }));
    expect(files.length).toBeGreaterThan(100);
    const cycles = findCycles(folderGraph(files)).map((c) => c.join(" → "));
    expect(cycles).toEqual([]);
  });
});
