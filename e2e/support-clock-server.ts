// The scheduled-reminders spec's own server: scripts/serve.ts with the job worker's clock read from a
// file the spec writes (an ISO instant; the real clock when the file is missing). Only this script
// passes a clock: `npm start` runs scripts/serve.ts itself, whose worker always reads the system clock.
import { readFileSync } from "node:fs";
import { serve } from "../scripts/serve.ts";

const clockFile = process.argv[2];
if (!clockFile) throw new Error("usage: support-clock-server.ts <clock file>");

function now(): Date {
  try {
    const at = new Date(readFileSync(clockFile!, "utf8").trim());
    return Number.isNaN(at.getTime()) ? new Date() : at;
  } catch {
    return new Date();
  }
}

await serve({ now });
