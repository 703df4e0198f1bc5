// Writing the benchmark pool: scores only (the engine's factor, category, module and overall means),
// never answers or respondents. Called inside the publishing transaction.
import type { Db } from "../../platform/db/connect.ts";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** The round an assessment belongs to: the calendar year (UTC) in which it closed. */
export function roundOf(assessment: { closedAt: Date | null; createdAt: Date }): number {
  return (assessment.closedAt ?? assessment.createdAt).getUTCFullYear();
}

/** A PostgreSQL array literal for double precision[] (numbers are formatted here, never user text). */
export function float8ArrayLiteral(values: readonly (number | null)[]): string {
  return `{${values.map((v) => (v === null ? "NULL" : v.toPrecision(17))).join(",")}}`;
}

/** The vector as little-endian float64 bytes, NaN for "no score" (the column packedScores). */
export function packScores(values: readonly (number | null)[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(values.length * 8);
  const view = new DataView(bytes.buffer);
  values.forEach((v, i) => view.setFloat64(i * 8, v === null ? NaN : v, true));
  return bytes;
}

export interface PoolEntryInput {
  assessmentId: string;
  organizationId: string;
  frameworkVersion: string;
  round: number;
  profile: { ownership: "PRIVATE" | "STATE" | null; sizeBand: "SMALL" | "MEDIUM" | "LARGE" | null; region: string | null };
  scores: readonly (number | null)[];
  publishedAt: Date;
}

/**
 * Inserts the entry, then marks its institution's latest-published entry of the round (by publishedAt)
 * as the one peer groups count, and only that one.
 */
export async function insertPoolEntry(tx: Tx | Db, e: PoolEntryInput): Promise<void> {
  const id = `bm_${e.assessmentId}`;
  await tx.$executeRaw`
    INSERT INTO "BenchmarkEntry" (id, "assessmentId", "organizationId", "frameworkVersion", round, ownership, "sizeBand", region, scores, "packedScores", "latestInRound", "publishedAt")
    VALUES (${id}, ${e.assessmentId}, ${e.organizationId}, ${e.frameworkVersion}, ${e.round},
            ${e.profile.ownership}::"Ownership", ${e.profile.sizeBand}::"SizeBand", ${e.profile.region},
            ${float8ArrayLiteral(e.scores)}::double precision[], ${packScores(e.scores)}, false, ${e.publishedAt})`;
  await tx.$executeRaw`
    UPDATE "BenchmarkEntry" b SET "latestInRound" = (b.id = (
      SELECT l.id FROM "BenchmarkEntry" l
       WHERE l."organizationId" = ${e.organizationId} AND l.round = ${e.round} AND l."frameworkVersion" = ${e.frameworkVersion}
       ORDER BY l."publishedAt" DESC, l.id DESC LIMIT 1))
     WHERE b."organizationId" = ${e.organizationId} AND b.round = ${e.round} AND b."frameworkVersion" = ${e.frameworkVersion}`;
}

/** Scores as read back: a NULL element arrives as null or NaN depending on the driver; both mean "no score". */
export function readScores(raw: readonly (number | null)[]): (number | null)[] {
  return raw.map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null));
}

export interface StoredEntry {
  organizationId: string;
  round: number;
  scores: (number | null)[];
}

/** The latest entries of the given institutions in every round, newest round first. */
export async function latestEntriesOf(db: Db, organizationIds: readonly string[], frameworkVersion: string): Promise<StoredEntry[]> {
  if (organizationIds.length === 0) return [];
  // The packed vector, sent as base64 text (decoded without parsing array text; see peer-query.ts).
  const rows = await db.$queryRaw<{ o: string; r: number; p: string }[]>`
    SELECT "organizationId" AS o, round AS r, encode("packedScores", 'base64') AS p FROM "BenchmarkEntry"
     WHERE "organizationId" = ANY(${[...organizationIds]}::text[]) AND "frameworkVersion" = ${frameworkVersion} AND "latestInRound"
     ORDER BY round DESC, "publishedAt" DESC`;
  return rows.map((row) => ({ organizationId: row.o, round: Number(row.r), scores: unpackScores(Buffer.from(row.p, "base64")) }));
}

/** The inverse of packScores: NaN (no score) back to null. */
export function unpackScores(bytes: Uint8Array): (number | null)[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: (number | null)[] = new Array(bytes.byteLength / 8);
  for (let i = 0; i < out.length; i++) {
    const v = view.getFloat64(i * 8, true);
    out[i] = Number.isFinite(v) ? v : null;
  }
  return out;
}
