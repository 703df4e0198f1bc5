// The polling loop that runs due jobs in an app process. One per process; safe to run in many
// (claims skip each other's locked rows). It stops cleanly: stop() waits for the job in hand.
// The clock is injected so that tests decide what "now" is; production passes the system clock.
import "server-only";
import type { Db } from "../db/connect.ts";
import { claimDueJobs, newWorkerId, releaseFailedJob, type JobRow } from "./queue.ts";

/** What a job kind does. It must be idempotent and call `complete` (in its transaction) when done. */
export type JobHandler = (db: Db, job: JobRow, run: JobRun) => Promise<void>;

export interface JobRun {
  now: Date;
  workerId: string;
}

export interface WorkerOptions {
  db: Db;
  handlers: Record<string, JobHandler>;
  now?: () => Date;
  intervalMs: number;
  /** How long a claim holds before another process may take the job over. */
  leaseMs?: number;
  workerId?: string;
  log?: (message: string) => void;
}

export interface JobWorker {
  workerId: string;
  /** One pass: claims due jobs and runs them; returns how many ran. */
  tick(): Promise<number>;
  stop(): Promise<void>;
}

export const DEFAULT_LEASE_MS = 5 * 60_000;

/** Runs the jobs claimed once; a handler's failure is recorded on the job and retried later. */
export async function runDueJobs(
  db: Db,
  handlers: Record<string, JobHandler>,
  workerId: string,
  now: Date,
  leaseMs = DEFAULT_LEASE_MS,
  log: (message: string) => void = console.error,
): Promise<number> {
  const jobs = await claimDueJobs(db, workerId, now, leaseMs);
  for (const job of jobs) {
    const handler = handlers[job.kind];
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      await handler(db, job, { now, workerId });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // Job ids and kinds only: never link tokens or addresses.
      log(`[jobs] ${job.kind} ${job.id} failed (attempt ${job.attempts}): ${message}`);
      await releaseFailedJob(db, job, workerId, now, message).catch(() => undefined);
    }
  }
  return jobs.length;
}

/** Starts polling; the first pass runs at once (jobs due while the server was down). */
export function startJobWorker(options: WorkerOptions): JobWorker {
  const now = options.now ?? (() => new Date());
  const workerId = options.workerId ?? newWorkerId();
  const log = options.log ?? console.error;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> = Promise.resolve(0);

  const tick = () => {
    running = running.then(() =>
      stopped
        ? 0
        : runDueJobs(options.db, options.handlers, workerId, now(), options.leaseMs, log).catch((e: unknown) => {
            // The database may be restarting: try again on the next pass.
            log(`[jobs] polling failed: ${e instanceof Error ? e.message : String(e)}`);
            return 0;
          }),
    );
    return running;
  };
  const loop = () => {
    void tick().finally(() => {
      if (!stopped) timer = setTimeout(loop, options.intervalMs).unref();
    });
  };
  loop();
  return {
    workerId,
    tick,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
