// Saving answers through a personal link: one answer or a batch (the questionnaire's save queue
// sends whatever is pending in one request), in ONE statement. The statement itself checks that the
// link is live and unchanged, the questionnaire not submitted and the assessment open, and keeps the
// newest answer per item, so a batch is all-or-nothing and two tabs never lose an answer.
//
// What a link's saves need that never changes (respondent, framework, modules) is remembered per
// process after the first full lookup, so the common save is a single round trip. Everything that
// can change (revocation, a rotated link, submission, closing) is checked by the statement; when it
// writes nothing, the full lookup runs again and gives the precise answer (404, 409, or "a newer
// answer was kept").
import "server-only";
import { z } from "zod";
import type { Db } from "../../platform/db/connect.ts";
import { fail, ok, validationFailure, type ActionResult } from "../../platform/http/action-result.ts";
import { hashToken } from "../../platform/security/tokens.ts";
import { answerSchema, savedAnswerSchema } from "../../view/questionnaire/answer-protocol.ts";
import { itemKeysFor, respondentForLink, type SavedAnswer } from "./respond.ts";

/** Clients may not date answers in the future (that would block later corrections). */
const MAX_CLOCK_SKEW_MS = 5_000;
export const MAX_BATCH = 200;

export const answerBatchSchema = z.object({
  answers: z.array(answerSchema).min(1, "Send at least one answer.").max(MAX_BATCH, `At most ${MAX_BATCH} answers per request.`),
});

interface LinkFacts {
  respondentId: string;
  itemKeys: Set<string>;
  started: boolean;
}

const LINK_FACTS_LIMIT = 20_000;
const linkFacts = new Map<string, LinkFacts>();

function remember(tokenHash: string, facts: LinkFacts): void {
  if (linkFacts.size >= LINK_FACTS_LIMIT) {
    const oldest = linkFacts.keys().next().value;
    if (oldest !== undefined) linkFacts.delete(oldest);
  }
  linkFacts.set(tokenHash, facts);
}

type Answer = z.infer<typeof answerSchema>;

/** Newest answer per item (a batch may carry the same item twice after quick changes). */
function newestPerItem(answers: Answer[]): { itemKey: string; value: number | null; answeredAt: Date }[] {
  const byItem = new Map<string, { itemKey: string; value: number | null; answeredAt: Date }>();
  const latest = Date.now() + MAX_CLOCK_SKEW_MS;
  for (const a of answers) {
    const answeredAt = new Date(Math.min(new Date(a.answeredAt).getTime(), latest));
    const seen = byItem.get(a.itemKey);
    if (!seen || seen.answeredAt.getTime() <= answeredAt.getTime())
      byItem.set(a.itemKey, { itemKey: a.itemKey, value: a.value, answeredAt });
  }
  return [...byItem.values()];
}

async function writeBatch(db: Db, respondentId: string, tokenHash: string, rows: ReturnType<typeof newestPerItem>) {
  // Prisma stores DateTime as UTC in "timestamp without time zone" columns, hence AT TIME ZONE 'UTC'.
  return db.$queryRaw<{ itemKey: string; value: number | null; version: number }[]>`
    INSERT INTO "Answer" ("respondentId", "itemKey", "value", "version", "answeredAt", "updatedAt")
    SELECT r.id, x.item, x.value, 1, (x.at AT TIME ZONE 'UTC'), (now() AT TIME ZONE 'UTC')
      FROM "Respondent" r JOIN "Assessment" a ON a.id = r."assessmentId",
           unnest(${rows.map((r) => r.itemKey)}::text[], ${rows.map((r) => r.value)}::int[], ${rows.map((r) => r.answeredAt.toISOString())}::timestamptz[]) AS x(item, value, at)
     WHERE r.id = ${respondentId} AND r."tokenHash" = ${tokenHash} AND r."revokedAt" IS NULL AND r."submittedAt" IS NULL AND a.status = 'OPEN'
    ON CONFLICT ("respondentId", "itemKey") DO UPDATE
       SET "value" = EXCLUDED."value", "version" = "Answer"."version" + 1,
           "answeredAt" = EXCLUDED."answeredAt", "updatedAt" = EXCLUDED."updatedAt"
     WHERE "Answer"."answeredAt" <= EXCLUDED."answeredAt"
    RETURNING "itemKey", "value", "version"`;
}

/** The link's facts: remembered, or looked up in full (which also answers bad links with 404/429). */
async function factsFor(
  db: Db,
  token: string,
  tokenHash: string,
  clientIp: string | null,
  fresh: boolean,
): Promise<ActionResult<LinkFacts>> {
  const known = fresh ? undefined : linkFacts.get(tokenHash);
  if (known) return ok(known);
  linkFacts.delete(tokenHash);
  const link = await respondentForLink(db, token, clientIp);
  if (!link.ok) return link;
  const r = link.data;
  if (r.submittedAt) return fail(409, "You have submitted this questionnaire; your answers can no longer change.");
  if (r.assessment.status !== "OPEN") return fail(409, "This questionnaire is closed; your answers can no longer change.");
  const facts = {
    respondentId: r.id,
    itemKeys: itemKeysFor(r.assessment.frameworkVersion, r.assessment.modules),
    started: r.startedAt !== null,
  };
  remember(tokenHash, facts);
  return ok(facts);
}

type Parsed = { success: true; answers: Answer[] } | { success: false; error: z.ZodError };

/** Saves one answer {itemKey, value, answeredAt}. */
export async function saveAnswer(db: Db, token: string, raw: unknown, clientIp: string | null = null): Promise<ActionResult<SavedAnswer>> {
  const saved = await save(db, token, clientIp, () => {
    const p = answerSchema.safeParse(raw);
    return p.success ? { success: true, answers: [p.data] } : { success: false, error: p.error };
  });
  if (!saved.ok) return saved;
  const [one] = saved.data;
  return one ? ok(one) : fail(409, "This questionnaire is closed; your answers can no longer change.");
}

/** Saves a batch {answers: [...]}: every answer is valid and written, or none is. */
export async function saveAnswers(
  db: Db,
  token: string,
  raw: unknown,
  clientIp: string | null = null,
): Promise<ActionResult<{ answers: SavedAnswer[] }>> {
  const saved = await save(db, token, clientIp, () => {
    const p = answerBatchSchema.safeParse(raw);
    return p.success ? { success: true, answers: p.data.answers } : { success: false, error: p.error };
  });
  return saved.ok ? ok({ answers: saved.data }) : saved;
}

/** The link first (a bad link is 404 whatever the body), then the body, then one statement. */
async function save(db: Db, token: string, clientIp: string | null, parse: () => Parsed): Promise<ActionResult<SavedAnswer[]>> {
  const tokenHash = hashToken(token);
  let facts = await factsFor(db, token, tokenHash, clientIp, false);
  if (!facts.ok) return facts;
  const parsed = parse();
  if (!parsed.success) return validationFailure(parsed.error);
  const itemKeys = facts.data.itemKeys;
  const unknown = parsed.answers.filter((a) => !itemKeys.has(a.itemKey)).map((a) => a.itemKey);
  if (unknown.length > 0) {
    return fail(422, "That statement is not part of this questionnaire.", {
      itemKey: [`Unknown statement for this questionnaire: ${unknown.slice(0, 5).join(", ")}.`],
    });
  }
  const rows = newestPerItem(parsed.answers);
  let written = await writeBatch(db, facts.data.respondentId, tokenHash, rows);
  if (written.length === 0) {
    // Nothing written: the link or the assessment changed since it was remembered, or every answer
    // is older than the stored one. The full lookup tells which.
    facts = await factsFor(db, token, tokenHash, clientIp, true);
    if (!facts.ok) return facts;
    written = await writeBatch(db, facts.data.respondentId, tokenHash, rows);
  }
  if (!facts.data.started && written.length > 0) {
    await db.respondent.updateMany({ where: { id: facts.data.respondentId, startedAt: null }, data: { startedAt: new Date() } });
    facts.data.started = true;
  }
  const applied = new Map(written.map((w) => [w.itemKey, w]));
  const kept = rows.filter((r) => !applied.has(r.itemKey)).map((r) => r.itemKey);
  const current = kept.length
    ? await db.answer.findMany({
        where: { respondentId: facts.data.respondentId, itemKey: { in: kept } },
        select: { itemKey: true, value: true, version: true },
      })
    : [];
  const currentByItem = new Map(current.map((c) => [c.itemKey, c]));
  const result: SavedAnswer[] = [];
  for (const r of rows) {
    const w = applied.get(r.itemKey);
    if (w) {
      result.push(savedAnswerSchema.parse({ itemKey: r.itemKey, value: w.value, version: Number(w.version), applied: true }));
      continue;
    }
    const c = currentByItem.get(r.itemKey);
    if (!c) return fail(409, "This questionnaire is closed; your answers can no longer change.");
    // Built through the protocol's schema: a stored value is checked to be one the client understands.
    result.push(savedAnswerSchema.parse({ itemKey: r.itemKey, value: c.value, version: c.version, applied: false }));
  }
  return ok(result);
}
