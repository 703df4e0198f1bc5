// Operator commands for one organisation's data (uses DATABASE_URL, or the embedded store):
//   npm run -s org:export -- SLUG > atlas.json
//   npm run -s org:import -- atlas.json [--owner EMAIL]
// Exit code 2 with a message on bad input; nothing is written unless the whole import succeeds.
import { readFileSync } from "node:fs";
import { createPrismaClient } from "../lib/platform/db/connect.ts";
import { exportOrganization } from "../lib/features/backup/export-org.ts";
import { importOrganization } from "../lib/features/backup/import-org.ts";

const [command, arg, ...rest] = process.argv.slice(2);
const ownerFlag = rest.indexOf("--owner");
const ownerEmail = ownerFlag >= 0 ? rest[ownerFlag + 1] : undefined;

function usage(message: string): never {
  console.error(`${message}\nUsage: org-backup export SLUG  |  org-backup import FILE [--owner EMAIL]`);
  process.exit(2);
}

if ((command !== "export" && command !== "import") || !arg) usage("Say what to do.");
const { prisma, close } = createPrismaClient();
// Set explicitly at the end: closing the embedded database resets process.exitCode.
let exitCode = 0;
try {
  if (command === "export") {
    const org = await prisma.organization.findUnique({ where: { slug: arg }, select: { id: true } });
    if (!org) usage(`No organisation "${arg}" here.`);
    process.stdout.write(JSON.stringify(await exportOrganization(prisma, org.id), null, 1) + "\n");
  } else {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(arg, "utf8"));
    } catch (e) {
      usage(`Cannot read ${arg} as JSON: ${e instanceof Error ? e.message : e}`);
    }
    const result = await importOrganization(prisma, raw, { ownerEmail });
    if (!result.ok) {
      console.error(result.error);
      for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) console.error(`  ${field}: ${messages.join(" ")}`);
      exitCode = 2;
    } else {
      console.log(result.message);
      for (const i of result.data.invitations) console.log(`  invitation for ${i.email} (${i.role}): /invite/${i.token}`);
      if (result.data.grantsSkipped.length)
        console.log(`  grants not restored (no such organisation here): ${result.data.grantsSkipped.join(", ")}`);
    }
  }
} finally {
  await close();
}
process.exit(exitCode);
