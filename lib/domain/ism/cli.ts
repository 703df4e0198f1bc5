// ISM from the command line: `npx tsx lib/domain/ism/cli.ts FILE.json` (npm run -s ism -- FILE).
// FILE = {"factors": [...], "ssim": ["VXO…", …]}; prints one JSON IsmResult on stdout.
// Bad input → message on stderr, exit 2; anything unexpected → exit 1.

import { readFileSync } from "node:fs";
import { analyseSsim } from "./analyse";
import { IsmInputError } from "./types";

const USAGE = 'usage: ism FILE.json   (FILE holds {"factors": ["…"], "ssim": ["VXAO…", …]})';

function fail(message: string): never {
  process.stderr.write(`ism: ${message}\n`);
  process.exit(2);
}

function readInput(path: string): { factors: string[]; ssim: string[] } {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    fail(`cannot read ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    fail(`${path} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (typeof data !== "object" || data === null) fail(`${path}: expected a JSON object with "factors" and "ssim".`);
  const { factors, ssim } = data as { factors?: unknown; ssim?: unknown };
  const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
  if (!isStrings(factors)) fail(`${path}: "factors" must be an array of strings.`);
  if (!isStrings(ssim)) fail(`${path}: "ssim" must be an array of strings (one per SSIM row).`);
  return { factors, ssim };
}

function main(argv: readonly string[]): void {
  const path = argv[0];
  if (path === undefined || argv.length !== 1) fail(USAGE);
  const { factors, ssim } = readInput(path);
  try {
    process.stdout.write(`${JSON.stringify(analyseSsim(factors, ssim))}\n`);
  } catch (err) {
    if (err instanceof IsmInputError) fail(`${path}: ${err.message}`);
    throw err;
  }
}

main(process.argv.slice(2));
