// Operator command: instrument health across the pool (uses DATABASE_URL, or the embedded store).
//   npm run -s instrument:validate [-- --framework VERSION]
// Fits the CFA models on every published assessment's submitted answers, stores one report per
// framework version (shown on /<org>/instrument-health to consultancies and regulators) and prints a
// summary with its run time.
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { runInstrumentHealth } from "../lib/features/instrument-health/run.ts";
import { summariseInstrumentHealth } from "../lib/view/instrument-health/summary.ts";

const args = process.argv.slice(2);
const fi = args.indexOf("--framework");
const frameworkVersion = fi >= 0 ? args[fi + 1] : undefined;
if (fi >= 0 && !frameworkVersion) {
  console.error("Usage: instrument-validate [--framework VERSION]");
  process.exit(2);
}

const { prisma, close } = createPrismaClient();
let exitCode = 0;
try {
  const started = performance.now();
  const runs = await runInstrumentHealth(prisma, { frameworkVersion });
  if (runs.length === 0) console.log("No published assessments: nothing to validate.");
  for (const run of runs) console.log(summariseInstrumentHealth(run.report, run.durationMs).join("\n"));
  console.log(`Total ${Math.round(performance.now() - started)} ms.`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await close();
}
process.exit(exitCode);
