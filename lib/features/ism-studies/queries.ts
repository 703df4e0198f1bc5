// Read models of the ISM-study pages; every query is scoped by the organisation id.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import { pairCount } from "./factors.ts";

export async function listIsmStudies(db: Db, organizationId: string) {
  const studies = await db.ismStudy.findMany({ where: { organizationId }, orderBy: { createdAt: "desc" } });
  const experts = await db.ismExpert.findMany({
    where: { organizationId, revokedAt: null },
    select: { studyId: true, _count: { select: { judgements: true } } },
  });
  return studies.map((s) => {
    const mine = experts.filter((e) => e.studyId === s.id);
    const total = pairCount(s.factorKeys.length);
    return { ...s, pairs: total, experts: mine.length, finished: mine.filter((e) => e._count.judgements >= total).length };
  });
}

export async function getIsmStudy(db: Db, organizationId: string, id: string) {
  return db.ismStudy.findFirst({ where: { id, organizationId } });
}
