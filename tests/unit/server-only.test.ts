// Every server module (lib/platform, lib/features, lib/delivery) imports "server-only", so that a
// client component that reaches one fails the build instead of shipping server code to browsers.
// Scripts run under `tsx --conditions=react-server`, where "server-only" is an empty module; the
// exceptions are the modules that runners without that condition load: the Next proxy (middleware),
// the production server (scripts/serve.ts runs Next in-process, so it cannot take the condition),
// Playwright's specs (e2e/) and the benchmarks (bench/), computed from their imports. The job worker
// that scripts/serve.ts starts beside Next (lib/features/assessments/job-runner.ts) is loaded only after
// serve.ts registered scripts/server-only-allowed.mjs, which resolves "server-only" to its empty module
// there: its modules keep the marker.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { reachableFrom, root, sourceFiles } from "./support/import-graph.ts";

const SERVER_LAYERS = ["lib/platform", "lib/features", "lib/delivery"];
const importsServerOnly = (text: string) => /^import "server-only";$/m.test(text);

const JOB_RUNNER = path.join(root, "lib/features/assessments/job-runner.ts");

function exempt(): Set<string> {
  const entries = [
    path.join(root, "proxy.ts"),
    path.join(root, "scripts/serve.ts"),
    ...sourceFiles(path.join(root, "e2e")),
    ...sourceFiles(path.join(root, "bench")),
  ];
  return reachableFrom(entries, [JOB_RUNNER]);
}

describe('"server-only" in server modules', () => {
  it("recognises the marker only as a real import", () => {
    expect(importsServerOnly('// why\nimport "server-only";\nimport { x } from "./x.ts";')).toBe(true);
    expect(importsServerOnly('// import "server-only"; not here\nexport const x = 1;')).toBe(false);
  });

  it("reaches the job worker from the production server only after the hook that allows it", () => {
    const serve = readFileSync(path.join(root, "scripts/serve.ts"), "utf8");
    const hook = serve.indexOf('register("./server-only-allowed.mjs"');
    const load = serve.indexOf('import("../lib/features/assessments/job-runner.ts")');
    expect(hook).toBeGreaterThan(0);
    expect(load).toBeGreaterThan(hook);
    expect(serve).not.toMatch(/^import .*job-runner/m);
  });

  it("is imported by every server module that only Next loads", () => {
    const skip = exempt();
    const files = SERVER_LAYERS.flatMap((l) => sourceFiles(path.join(root, l)));
    expect(files.length).toBeGreaterThan(100);
    const missing = files.filter((f) => !skip.has(f) && !importsServerOnly(readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
    expect(missing).toEqual([]);
  });

  it("is not imported by a module those runners load (it would throw there)", () => {
    const skip = exempt();
    const files = SERVER_LAYERS.flatMap((l) => sourceFiles(path.join(root, l)));
    const throwing = files.filter((f) => skip.has(f) && importsServerOnly(readFileSync(f, "utf8"))).map((f) => path.relative(root, f));
    expect(throwing).toEqual([]);
  });

  it("leaves out only a minority of the server modules", () => {
    const skip = exempt();
    const files = SERVER_LAYERS.flatMap((l) => sourceFiles(path.join(root, l)));
    const exempted = files.filter((f) => skip.has(f));
    expect(exempted.length).toBeLessThan(files.length / 2);
  });
});
