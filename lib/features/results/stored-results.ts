// Results computed once and stored. An assessment's results depend only on its submitted answers,
// the ISM model in force, the anonymity threshold, the options asked for and the code that computes
// them; `resultsKey` hashes exactly those (from cheap queries: no answer is loaded), so a stored row
// is found again only while all of them are unchanged. A new submission, a revoked respondent, a
// reopen or close, a newly adopted model, a changed threshold or a new build gives a new key and the
// results are computed afresh; older rows of the assessment are replaced. The rows live in the
// database, so every worker and instance shares them; a small per-process memo saves the read.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Db } from "../../platform/db/connect.ts";

let buildId: string | undefined;
/** The running build: results computed by other code are never served. */
export function codeVersion(): string {
  if (buildId === undefined) {
    const file = path.join(process.cwd(), ".next", "BUILD_ID");
    buildId = existsSync(file) ? readFileSync(file, "utf8").trim() : "unbuilt";
  }
  return buildId;
}

export interface ResultsKeyParts {
  assessmentId: string;
  status: string;
  modelKey: string;
  anonymityThreshold: number;
  options: string;
}

/** What the submitted answers look like, in one aggregate query. */
async function submittedVersion(db: Pick<Db, "$queryRaw">, assessmentId: string): Promise<string> {
  const [row] = await db.$queryRaw<{ n: bigint | number; lastSubmitted: Date | null; lastRevoked: Date | null; lastAnswer: Date | null }[]>`
    SELECT count(*) AS n, max(r."submittedAt") AS "lastSubmitted", max(r."revokedAt") AS "lastRevoked",
           -- Per submitted respondent, its latest answer change: one probe of Answer(respondentId, updatedAt).
           max(CASE WHEN r."submittedAt" IS NOT NULL THEN
                 (SELECT a."updatedAt" FROM "Answer" a WHERE a."respondentId" = r.id ORDER BY a."updatedAt" DESC LIMIT 1)
               END) AS "lastAnswer"
      FROM "Respondent" r
     WHERE r."assessmentId" = ${assessmentId} AND (r."submittedAt" IS NOT NULL OR r."revokedAt" IS NOT NULL)`;
  const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : "-");
  return `${Number(row?.n ?? 0)}|${iso(row?.lastSubmitted)}|${iso(row?.lastRevoked)}|${iso(row?.lastAnswer)}`;
}

export async function resultsKey(db: Pick<Db, "$queryRaw">, parts: ResultsKeyParts): Promise<string> {
  const answers = await submittedVersion(db, parts.assessmentId);
  const material = [codeVersion(), parts.assessmentId, parts.status, parts.modelKey, parts.anonymityThreshold, parts.options, answers].join(
    "\n",
  );
  return createHash("sha256").update(material).digest("base64url");
}

const MEMO_LIMIT = 64;
const memo = new Map<string, unknown>();

function remember(key: string, value: unknown): void {
  memo.delete(key);
  memo.set(key, value);
  if (memo.size > MEMO_LIMIT) {
    const oldest = memo.keys().next().value;
    if (oldest !== undefined) memo.delete(oldest);
  }
}

/** Empties this process's memo (tests read the stored rows through it). */
export function forgetRememberedResults(): void {
  memo.clear();
}

/**
 * The stored results under `key` (`variant` names the options, e.g. the roadmap target), or
 * `compute()`'s, stored for the next caller. Concurrent first
 * readers may each compute; the last write wins and every write is the same value.
 */
export async function storedOrComputed<T>(
  db: Db,
  where: { assessmentId: string; organizationId: string; variant: string; key: string },
  compute: () => Promise<T>,
): Promise<T> {
  const { assessmentId, organizationId, variant, key } = where;
  if (memo.has(key)) return memo.get(key) as T;
  const row = await db.storedResults.findUnique({ where: { key }, select: { results: true } });
  if (row) {
    const value = row.results as T;
    remember(key, value);
    return value;
  }
  const value = await compute();
  // JSON round trip now, so the first caller sees exactly what later callers read from the row.
  const stored = JSON.parse(JSON.stringify(value)) as T;
  await db.$transaction([
    // The same view (variant) computed from older inputs is stale for good.
    db.storedResults.deleteMany({ where: { assessmentId, variant, key: { not: key } } }),
    db.storedResults.upsert({
      where: { key },
      create: { key, assessmentId, organizationId, variant, results: stored as object },
      update: { results: stored as object, computedAt: new Date() },
    }),
  ]);
  remember(key, stored);
  return stored;
}
