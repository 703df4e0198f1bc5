// What a respondent can do with their personal link: read their questionnaire, save an answer,
// submit. The link is the only credential, so every lookup goes through its hash, and a revoked
// link, a closed assessment or a submitted questionnaire refuses writes with a clear reason.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { hashToken } from "../../platform/security/tokens.ts";
import { allItems, getFramework, type ModuleKey } from "../../domain/instrument/index.ts";
import { lookUpLink, TOO_MANY_BAD_LINKS } from "../../platform/security/link-attempts.ts";

const itemSets = new Map<string, Set<string>>();
export function itemKeysFor(frameworkVersion: string, modules: readonly string[]): Set<string> {
  const key = `${frameworkVersion}|${[...modules].sort().join(",")}`;
  let set = itemSets.get(key);
  if (!set) {
    const fw = getFramework(frameworkVersion);
    set = new Set(fw ? allItems(fw, modules as ModuleKey[]).map((i) => i.key) : []);
    itemSets.set(key, set);
  }
  return set;
}

export async function findRespondent(db: Db, token: string) {
  if (token.length < 20 || token.length > 200) return null;
  const respondent = await db.respondent.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { assessment: { include: { organization: { select: { name: true, anonymityThreshold: true, defaultLocale: true } } } } },
  });
  return respondent && !respondent.revokedAt ? respondent : null;
}

type Respondent = NonNullable<Awaited<ReturnType<typeof findRespondent>>>;

const INVALID_LINK = "This link is not valid. Ask the bank for a new one.";

/** The respondent behind a link, or the refusal to send (404 unknown, 429 after repeated bad links). */
export async function respondentForLink(db: Db, token: string, clientIp: string | null = null): Promise<ActionResult<Respondent>> {
  const found = await lookUpLink(db, clientIp, () => findRespondent(db, token));
  if (found.status === "limited") return fail(429, TOO_MANY_BAD_LINKS);
  if (found.status === "missing") return fail(404, INVALID_LINK);
  return ok(found.value);
}

function lockedReason(r: Respondent): string | null {
  if (r.submittedAt) return "You have submitted this questionnaire; your answers can no longer change.";
  if (r.assessment.status !== "OPEN") return "This questionnaire is closed; your answers can no longer change.";
  return null;
}

// The answer protocol is declared once, for server and browser.
export type { SavedAnswer } from "../../view/questionnaire/answer-protocol.ts";

export async function submitAnswers(
  db: Db,
  token: string,
  clientIp: string | null = null,
  /** The language the questionnaire was shown in ("en", "fa", "ar"), recorded with the submission; null when unknown. */
  answeredLocale: string | null = null,
): Promise<ActionResult<{ submittedAt: string }> & { missing?: string[]; reason?: "submitted" | "closed" }> {
  const link = await respondentForLink(db, token, clientIp);
  if (!link.ok) return link;
  const respondent = link.data;
  if (respondent.submittedAt) return ok({ submittedAt: respondent.submittedAt.toISOString() }, "Already submitted.");
  const locked = lockedReason(respondent);
  if (locked) return { ...fail(409, locked), reason: "closed" };
  const expected = itemKeysFor(respondent.assessment.frameworkVersion, respondent.assessment.modules);
  const answered = new Set(
    (await db.answer.findMany({ where: { respondentId: respondent.id }, select: { itemKey: true } })).map((a) => a.itemKey),
  );
  const missing = [...expected].filter((k) => !answered.has(k));
  if (missing.length) return { ...fail(422, `${missing.length} statement(s) still need an answer ("Don't know" counts).`), missing };
  const submittedAt = new Date();
  await db.respondent.updateMany({ where: { id: respondent.id, submittedAt: null }, data: { submittedAt, answeredLocale } });
  return ok({ submittedAt: submittedAt.toISOString() }, "Thank you — your answers are submitted.");
}

/** The respondent's saved answers, for resuming. */
export async function savedAnswers(db: Db, respondentId: string) {
  const rows = await db.answer.findMany({ where: { respondentId }, select: { itemKey: true, value: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.itemKey, { value: r.value as 1 | 2 | 3 | 4 | 5 | null, version: r.version }]));
}
