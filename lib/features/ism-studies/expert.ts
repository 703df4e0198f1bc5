// What an expert can do with their personal link: read the pairs, save a judgement, see progress.
// The link is the only credential: every lookup goes through its hash, and a revoked link or a
// closed study refuses writes with a clear reason.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { fail, ok, validationFailure, type ActionResult } from "../../platform/http/action-result.ts";
import { hashToken } from "../../platform/security/tokens.ts";
import { isPair, pairCount } from "./factors.ts";
import { judgementSchema } from "./validation.ts";
import { lookUpLink, TOO_MANY_BAD_LINKS } from "../../platform/security/link-attempts.ts";

export const INVALID_LINK = "This link is not valid. Ask the person who invited you for a new one.";

export async function findExpert(db: Db, token: string) {
  if (token.length < 20 || token.length > 200) return null;
  const expert = await db.ismExpert.findUnique({
    where: { tokenHash: hashToken(token) },
    include: { study: { include: { organization: { select: { name: true } } } } },
  });
  return expert && !expert.revokedAt ? expert : null;
}

type Expert = NonNullable<Awaited<ReturnType<typeof findExpert>>>;

/** The expert behind a link, with the same miss throttling as respondent links (404, then 429). */
export async function expertForLink(db: Db, token: string, clientIp: string | null): Promise<ActionResult<Expert>> {
  const found = await lookUpLink(db, clientIp, () => findExpert(db, token));
  if (found.status === "limited") return fail(429, TOO_MANY_BAD_LINKS);
  if (found.status === "missing") return fail(404, INVALID_LINK);
  return ok(found.value);
}

export interface ExpertJudgement {
  i: number;
  j: number;
  letter: string;
}

export async function expertJudgements(db: Db, expertId: string): Promise<ExpertJudgement[]> {
  return db.ismJudgement.findMany({
    where: { expertId },
    select: { i: true, j: true, letter: true },
    orderBy: [{ i: "asc" }, { j: "asc" }],
  });
}

export interface SavedJudgement extends ExpertJudgement {
  answered: number;
  total: number;
}

export async function saveJudgement(
  db: Db,
  token: string,
  raw: unknown,
  clientIp: string | null = null,
): Promise<ActionResult<SavedJudgement>> {
  const link = await expertForLink(db, token, clientIp);
  if (!link.ok) return link;
  const expert = link.data;
  const parsed = judgementSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const { i, j, letter } = parsed.data;
  const n = expert.study.factorKeys.length;
  if (!isPair(n, i, j))
    return fail(422, `There is no pair (${i}, ${j}) in this study: it has ${n} factors, positions 0–${n - 1} with i < j.`, {
      i: ["Unknown pair."],
    });
  if (expert.study.status !== "OPEN") return fail(409, "This study is closed; your judgements can no longer change.");
  // One statement: the write happens only while the link is live and the study open.
  const rows = await db.$queryRaw<{ letter: string }[]>`
    INSERT INTO "IsmJudgement" ("expertId", "i", "j", "letter", "updatedAt")
    SELECT e.id, ${i}::int, ${j}::int, ${letter}::text, (now() AT TIME ZONE 'UTC')
      FROM "IsmExpert" e JOIN "IsmStudy" s ON s.id = e."studyId"
     WHERE e.id = ${expert.id} AND e."revokedAt" IS NULL AND s.status = 'OPEN'
    ON CONFLICT ("expertId", "i", "j") DO UPDATE SET "letter" = EXCLUDED."letter", "updatedAt" = EXCLUDED."updatedAt"
    RETURNING "letter"`;
  if (rows.length === 0) return fail(409, "This study is closed or your link was withdrawn; nothing was saved.");
  if (!expert.startedAt) await db.ismExpert.updateMany({ where: { id: expert.id, startedAt: null }, data: { startedAt: new Date() } });
  const answered = await db.ismJudgement.count({ where: { expertId: expert.id } });
  return ok({ i, j, letter, answered, total: pairCount(n) });
}
