// What a consultancy's ADMIN/OWNER can do for a client bank through a live grant: run assessments
// there. The work itself is the bank-side logic (lib/features/assessments/manage.ts), aimed at the client.
import "server-only";
import { z } from "zod";
import { defineOrgAction } from "../access/action.ts";
import { fail } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { addRespondentsIn, createAssessmentIn } from "../assessments/manage.ts";
import { addRespondentsSchema, createAssessmentSchema } from "../assessments/validation.ts";
import { clientOf } from "./access.ts";
import { PORTFOLIO_WORK } from "../access/requirements.ts";

const bankField = z.object({ bank: z.string({ error: "Choose a client." }).min(1, "Choose a client.") });

export const createClientAssessment = defineOrgAction({
  name: "portfolio.create-assessment",
  minRole: "ADMIN",
  ...PORTFOLIO_WORK,
  mutates: true,
  schema: z.intersection(bankField, createAssessmentSchema),
  async run(db, ctx, input) {
    const bank = await clientOf(db, ctx, input.bank);
    const result = await createAssessmentIn(db, bank, { user: ctx.user, via: ctx.org }, input);
    if (result.ok) {
      await recordAudit(db, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "portfolio.assessment-created",
        target: result.data.id,
        detail: { bank: bank.slug, name: input.name },
      });
    }
    return result;
  },
});

export const addClientRespondents = defineOrgAction({
  name: "portfolio.add-respondents",
  minRole: "ADMIN",
  ...PORTFOLIO_WORK,
  mutates: true,
  schema: bankField.extend(addRespondentsSchema.shape),
  async run(db, ctx, input) {
    const bank = await clientOf(db, ctx, input.bank);
    // Only into an assessment this consultancy runs: the bank's own respondents stay the bank's.
    const runs = await db.assessment.findFirst({
      where: { id: input.assessmentId, organizationId: bank.id, runByOrgId: ctx.org.id },
      select: { id: true },
    });
    if (!runs) return fail(404, "That assessment was not found among those you run for this client.");
    const result = await addRespondentsIn(db, bank, { user: ctx.user, via: ctx.org }, input);
    if (result.ok) {
      await recordAudit(db, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "portfolio.respondents-added",
        target: input.assessmentId,
        detail: { bank: bank.slug, count: result.data.added },
      });
    }
    return result;
  },
});
