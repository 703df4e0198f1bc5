// Integration-style: runs the real CLI in a child process (node --import tsx), as
// `npm run -s ism -- FILE.json` does. Needs node:fs for temp files, unlike the pure modules.
import { describe, it, expect, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repo = path.resolve(__dirname, "../../..");
const cli = path.join(repo, "lib/domain/ism/cli.ts");
let dir = "";

function run(content: string | null): { status: number | null; stdout: string; stderr: string } {
  const file = path.join(dir, `input-${Math.random().toString(36).slice(2)}.json`);
  if (content !== null) writeFileSync(file, content);
  const r = spawnSync(process.execPath, ["--import", "tsx", cli, file], { cwd: repo, encoding: "utf8" });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ism-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("ism CLI", { timeout: 30_000 }, () => {
  it("prints one JSON object for a good SSIM", () => {
    const r = run(JSON.stringify({ factors: ["a", "b", "c"], ssim: ["VO", "V", ""] }));
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("");
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({
      initialReachability: [
        [1, 1, 0],
        [0, 1, 1],
        [0, 0, 1],
      ],
      finalReachability: [
        [1, 1, 1],
        [0, 1, 1],
        [0, 0, 1],
      ],
      levels: [3, 2, 1],
      drivingPower: [3, 2, 1],
      dependencePower: [1, 2, 3],
      quadrants: ["independent", "linkage", "dependent"],
      components: [[0], [1], [2]],
    });
  });

  it("exits 2 naming the row and column of an unknown letter", () => {
    const r = run(JSON.stringify({ factors: ["a", "b", "c"], ssim: ["VQ", "V", ""] }));
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain('SSIM row 1 ("a"), column 3 ("c"): unknown letter "Q"');
  });

  it("exits 2 naming the row of a wrong length", () => {
    const r = run(JSON.stringify({ factors: ["a", "b", "c"], ssim: ["VOO", "V", ""] }));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SSIM row 1 ("a") has 3 letters; expected 2');
  });

  it("exits 2 on bad JSON, a bad shape and a missing file", () => {
    const bad = run("{ not json");
    expect([bad.status, bad.stderr.includes("is not valid JSON")]).toEqual([2, true]);
    const shape = run(JSON.stringify({ factors: "a,b", ssim: [] }));
    expect([shape.status, shape.stderr.includes('"factors" must be an array of strings')]).toEqual([2, true]);
    const missing = run(null);
    expect([missing.status, missing.stderr.includes("cannot read")]).toEqual([2, true]);
  });

  it("analyses the shipped example (the seed's 17 factors)", () => {
    const r = spawnSync(process.execPath, ["--import", "tsx", cli, "docs/examples/ecrm-ssim.json"], {
      cwd: repo,
      encoding: "utf8",
    });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { levels: number[]; components: number[][] };
    expect(out.levels).toHaveLength(17);
    expect(out.components).toHaveLength(1);
  });
});
