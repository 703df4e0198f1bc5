// Creating and editing organisations. The creator becomes its first owner.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { SessionUser } from "../../platform/access/access.ts";
import { defineOrgAction, runSafely } from "../access/action.ts";
import { fail, ok, validationFailure, type ActionResult } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { anonymityThresholdSchema, createOrganizationSchema, defaultLanguageSchema, updateOrganizationSchema } from "./validation.ts";
import { LOCALE_NAMES } from "../../view/i18n/locales.ts";
import { isRegion } from "../../view/org/labels.ts";
import { checkNewBankAllowed } from "../entitlements/entitlements.ts";

export async function createOrganization(db: Db, user: SessionUser | null, raw: unknown): Promise<ActionResult<{ slug: string }>> {
  if (!user) return fail(401, "Sign in to continue.");
  const parsed = createOrganizationSchema.safeParse(raw);
  if (!parsed.success) return validationFailure(parsed.error);
  const { kind, ownership, sizeBand, region, country, ...rest } = parsed.data;
  const profile = kind === "BANK" ? { ownership, sizeBand, region, country } : { region, country };
  const taken = await db.organization.findUnique({ where: { slug: rest.slug }, select: { id: true } });
  if (taken) return fail(409, "That web address is taken.", { slug: ["That web address is taken; choose another."] });
  const result = await runSafely("org.create", async () => {
    const outcome = await db.$transaction(async (tx) => {
      if (kind === "BANK") {
        // The bank limit per account, counted under a lock on the person: two creations at once cannot both pass.
        await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
        const overPlan = await checkNewBankAllowed(tx, user.id);
        if (overPlan) return overPlan;
      }
      const created = await tx.organization.create({
        data: { ...rest, kind, ...profile, memberships: { create: { userId: user.id, role: "OWNER" } } },
      });
      await recordAudit(tx, { organizationId: created.id, actorUserId: user.id, action: "org.created", target: created.slug });
      return created;
    });
    if ("ok" in outcome) return outcome;
    return ok({ slug: outcome.slug }, `${outcome.name} created.`);
  });
  if (!result.ok && result.status === 409)
    return fail(409, "That web address is taken.", { slug: ["That web address is taken; choose another."] });
  return result;
}

export const updateOrganization = defineOrgAction({
  name: "org.update",
  minRole: "ADMIN",
  mutates: true,
  schema: updateOrganizationSchema,
  async run(db, ctx, input) {
    const profile = ctx.org.kind === "BANK" ? input : { name: input.name, region: input.region, country: input.country };
    if (ctx.org.kind === "BANK" && (!input.ownership || !input.sizeBand || !input.region)) {
      return fail(422, "Please correct the highlighted fields.", {
        ...(input.ownership ? {} : { ownership: ["Choose private or state ownership."] }),
        ...(input.sizeBand ? {} : { sizeBand: ["Choose a size band."] }),
        ...(input.region ? {} : { region: ["Choose the bank's region."] }),
      });
    }
    // One list of regions; a region saved before the list existed may be kept, not newly typed.
    if (input.region && !isRegion(input.region) && input.region !== ctx.org.region) {
      return fail(422, "Please correct the highlighted fields.", { region: ["Choose a region from the list."] });
    }
    await db.$transaction(async (tx) => {
      const { count } = await tx.organization.updateMany({ where: { id: ctx.org.id }, data: profile });
      if (count === 0) throw new Error("organisation vanished");
      await recordAudit(tx, { organizationId: ctx.org.id, actorUserId: ctx.user.id, action: "org.updated" });
    });
    return ok(undefined, "Organisation updated.");
  },
});

/** Owners and admins set the language respondents' questionnaires and new members' pages open in. */
export const updateDefaultLanguage = defineOrgAction({
  name: "org.default-language",
  minRole: "ADMIN",
  mutates: true,
  schema: defaultLanguageSchema,
  async run(db, ctx, input) {
    await db.$transaction(async (tx) => {
      const before = await tx.organization.findUniqueOrThrow({ where: { id: ctx.org.id }, select: { defaultLocale: true } });
      await tx.organization.update({ where: { id: ctx.org.id }, data: { defaultLocale: input.locale } });
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "org.default-language-changed",
        detail: { from: before.defaultLocale, to: input.locale },
      });
    });
    return ok(undefined, `Questionnaires now open in ${LOCALE_NAMES[input.locale]} unless the respondent chooses another language.`);
  },
});

/** The owners decide how many submitted questionnaires a result needs (never below 3; default 5). */
export const updateAnonymityThreshold = defineOrgAction({
  name: "org.anonymity-threshold",
  minRole: "OWNER",
  mutates: true,
  schema: anonymityThresholdSchema,
  async run(db, ctx, input) {
    await db.$transaction(async (tx) => {
      const before = await tx.organization.findUniqueOrThrow({ where: { id: ctx.org.id }, select: { anonymityThreshold: true } });
      await tx.organization.update({ where: { id: ctx.org.id }, data: { anonymityThreshold: input.threshold } });
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "org.anonymity-threshold-changed",
        detail: { from: before.anonymityThreshold, to: input.threshold },
      });
    });
    return ok(undefined, `Results now need at least ${input.threshold} submitted questionnaires, overall and per group.`);
  },
});
