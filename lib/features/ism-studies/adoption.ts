// The adoption rules of a panel model, over a study's experts (the rules themselves live in the domain).
import "server-only";
import { canAdoptPanelModel, type AdoptionDecision } from "../../domain/ism/index.ts";
import type { ExpertProgress } from "./aggregation.ts";

/** How an expert is named in the adoption rules: name and e-mail, so two experts of the same name stay apart. */
export function expertLabel(e: Pick<ExpertProgress, "name" | "email">): string {
  return e.name && e.name !== e.email ? `${e.name} (${e.email})` : e.email;
}

/**
 * The adoption rules over a study's experts: every invited (non-revoked) expert finished, or an explicit
 * decision names each unfinished one (by id); a model of fewer than three levels is allowed with a warning.
 */
export function adoptionDecision(
  experts: readonly ExpertProgress[],
  levelCount: number,
  excusedIds: ReadonlySet<string>,
): AdoptionDecision {
  const invited = experts.filter((e) => !e.revoked);
  return canAdoptPanelModel({
    invitedExperts: invited.map(expertLabel),
    finishedExperts: invited.filter((e) => e.finished).map(expertLabel),
    proceedWithout: invited.filter((e) => !e.finished && excusedIds.has(e.id)).map(expertLabel),
    levelCount,
  });
}
