// The ISM model an organisation's roadmaps use: its adopted expert-panel model, else the
// published reference model (Azimi, Aria & Jalali 2023). Recomputed from the stored SSIM.
import type { Db } from "../../platform/db/connect.ts";
import { analyseSsim, publishedReferenceModel, SEED_SOURCE, type IsmResult } from "../../domain/ism/index.ts";

export interface IsmModelInUse {
  model: IsmResult;
  kind: "adopted" | "reference";
  /** One line for the dashboard, e.g. "Adopted expert-panel model: Panel 2026 (5 experts, majority)". */
  label: string;
  adoptedAt: Date | null;
}

export function referenceModelInUse(): IsmModelInUse {
  return {
    model: publishedReferenceModel(),
    kind: "reference",
    label: `Published reference model: ${SEED_SOURCE}`,
    adoptedAt: null,
  };
}

export async function adoptedIsmModel(db: Db, organizationId: string): Promise<IsmModelInUse | null> {
  const row = await db.adoptedIsmModel.findUnique({ where: { organizationId } });
  if (!row) return null;
  const rule = row.ruleKind === "threshold" && row.threshold !== null ? `threshold ${Math.round(row.threshold * 100)} %` : "majority";
  return {
    model: analyseSsim(row.factorKeys, row.ssim, { factorNames: row.factorNames }),
    kind: "adopted",
    label: `Adopted expert-panel model: ${row.studyName} (${row.expertCount} expert${row.expertCount === 1 ? "" : "s"}, ${rule}), adopted ${row.adoptedAt.toISOString().slice(0, 10)}`,
    adoptedAt: row.adoptedAt,
  };
}

/** The first adopted model among the organisations given (in order), else the reference model. */
export async function ismModelInUse(db: Db, organizationIds: readonly string[]): Promise<IsmModelInUse> {
  for (const id of organizationIds) {
    const adopted = await adoptedIsmModel(db, id);
    if (adopted) return adopted;
  }
  return referenceModelInUse();
}

/** Which study and rule the organisation adopted, if any (the study page marks "adopted"). */
export function adoptedChoice(db: Db, organizationId: string) {
  return db.adoptedIsmModel.findUnique({ where: { organizationId }, select: { studyId: true, ruleKind: true, threshold: true } });
}
