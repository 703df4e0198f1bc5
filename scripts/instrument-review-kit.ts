// Operator command: the content-validity review kit of a framework version (docs/SCORING.md §15).
//   npm run -s instrument:review-kit [-- --framework VERSION] > kit.csv
//     writes the kit: one row per statement (factor, definition, statement, reverse scoring, source) with empty
//     columns for an expert's relevance rating (1–4) and comment. Hand one copy to each expert.
//   npm run -s instrument:review-kit -- --score expert-1.csv expert-2.csv … [--framework VERSION] > cvi.csv
//     reads the filled copies and writes I-CVI, chance agreement, modified kappa and Lynn's criterion per statement;
//     S-CVI/Ave and S-CVI/UA go to standard error.
// Default version: the latest. No database is needed.
import { readFileSync } from "node:fs";
import path from "node:path";
import { frameworks, getFramework, latestFramework } from "../lib/domain/instrument/index.ts";
import { CONTENT_VALIDITY_COLUMNS, ReviewKitError, reviewKitCsv, scoreReviewKit } from "../lib/delivery/exports/review-kit.ts";
import { toCsv } from "../lib/platform/http/csv.ts";

const USAGE = "Usage: instrument-review-kit [--framework VERSION] [--score FILLED.csv …]";
const args = process.argv.slice(2);
let version = latestFramework.version;
const scoreFiles: string[] = [];
let scoring = false;
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--framework") {
    const v = args[++i];
    if (!v) {
      console.error(USAGE);
      process.exit(2);
    }
    version = v;
  } else if (a === "--score") scoring = true;
  else if (scoring && !a.startsWith("--")) scoreFiles.push(a);
  else {
    console.error(USAGE);
    process.exit(2);
  }
}
const framework = getFramework(version);
if (!framework) {
  console.error(`Unknown framework version "${version}". Published: ${Object.keys(frameworks).join(", ")}.`);
  process.exit(2);
}
if (scoring && scoreFiles.length === 0) {
  console.error(USAGE);
  process.exit(2);
}

const fmt = (x: number | null) => (x === null ? "n/a" : x.toFixed(2));
try {
  if (!scoring) process.stdout.write(reviewKitCsv(framework));
  else {
    const files = scoreFiles.map((f) => ({ name: path.basename(f), csv: readFileSync(f, "utf8") }));
    const { rows, scale } = scoreReviewKit(framework, files);
    process.stdout.write(toCsv(CONTENT_VALIDITY_COLUMNS, rows));
    const failing = rows.filter((r) => r.acceptable === false).length;
    console.error(
      `${framework.version}: ${files.length} experts, ${scale.rated} of ${rows.length} statements rated. ` +
        `S-CVI/Ave ${fmt(scale.sCviAve)} (criterion ≥ 0.90), S-CVI/UA ${fmt(scale.sCviUa)}; ${failing} statements below Lynn's criterion.`,
    );
  }
} catch (e) {
  if (!(e instanceof ReviewKitError)) throw e;
  console.error(e.message);
  process.exit(1);
}
