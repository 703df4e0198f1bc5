// Starts this process's job worker for the assessments' reminders and closing dates
// (scripts/serve.ts calls it beside Next, in every server process).
import "server-only";
import { processDb } from "../../platform/db/process-db.ts";
import { startJobWorker, type JobWorker } from "../../platform/jobs/worker.ts";
import { assessmentJobHandlers } from "./scheduled-jobs.ts";

export function startAssessmentJobs(options: { intervalMs: number; now?: () => Date }): JobWorker {
  return startJobWorker({ db: processDb(), handlers: assessmentJobHandlers(), intervalMs: options.intervalMs, now: options.now });
}
