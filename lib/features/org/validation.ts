import "server-only";
import { z } from "zod";
import { emailSchema } from "../../platform/validation/account.ts";
import { LOCALES } from "../../view/i18n/locales.ts";
import { isRegion } from "../../view/org/labels.ts";

// Slugs share the URL space with the app's own top-level routes.
export const RESERVED_SLUGS = new Set([
  "api",
  "app",
  "sign-in",
  "sign-up",
  "sign-out",
  "forgot-password",
  "reset-password",
  "verify-email",
  "invite",
  "orgs",
  "new",
  "settings",
  "admin",
  "respond",
  "r",
  "static",
  "public",
  "_next",
  "docs",
  "pricing",
  "about",
  "legal",
  "health",
  "account",
  "ism",
]);

export const slugSchema = z
  .string({ error: "Choose a web address." })
  .trim()
  .toLowerCase()
  .min(3, "Use at least 3 characters.")
  .max(48, "Use at most 48 characters.")
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Use lowercase letters, digits and single hyphens.")
  .refine((s) => !RESERVED_SLUGS.has(s), "That address is reserved; choose another.");

const orgKind = z.enum(["BANK", "CONSULTANCY", "REGULATOR"], { error: "Choose the kind of organisation." });
const ownership = z.enum(["PRIVATE", "STATE"], { error: "Choose private or state ownership." });
const sizeBand = z.enum(["SMALL", "MEDIUM", "LARGE"], { error: "Choose a size band." });
export const roleSchema = z.enum(["OWNER", "ADMIN", "ANALYST", "VIEWER"], { error: "Choose a role." });

const name = z.string({ error: "Enter a name." }).trim().min(2, "Enter a name.").max(120, "Use at most 120 characters.");
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Use at most ${max} characters.`)
    .optional()
    .transform((v) => (v ? v : undefined));

/** A region from the one list (lib/view/org/labels.ts). */
const region = optionalText(80).refine((v) => v === undefined || isRegion(v), "Choose a region from the list.");

/** A bank's profile places it in benchmark peer groups, so banks must give one. */
export const createOrganizationSchema = z
  .object({
    name,
    slug: slugSchema,
    kind: orgKind,
    ownership: ownership.optional(),
    sizeBand: sizeBand.optional(),
    region,
    country: optionalText(80),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "BANK") return;
    if (!v.ownership) ctx.addIssue({ code: "custom", path: ["ownership"], message: "Choose private or state ownership." });
    if (!v.sizeBand) ctx.addIssue({ code: "custom", path: ["sizeBand"], message: "Choose a size band." });
    if (!v.region) ctx.addIssue({ code: "custom", path: ["region"], message: "Choose the bank's region." });
  });

export const updateOrganizationSchema = z.object({
  name,
  ownership: ownership.optional(),
  sizeBand: sizeBand.optional(),
  region: optionalText(80),
  country: optionalText(80),
});

/** The organisation's default language (questionnaires and members' pages until they choose their own). */
export const defaultLanguageSchema = z.object({
  locale: z.enum(LOCALES, { error: "Choose English, Persian or Arabic." }),
});

/** The respondent anonymity threshold (lib/view/results/anonymity.ts): a whole number 3–50. */
export const anonymityThresholdSchema = z.object({
  threshold: z.coerce
    .number({ error: "Enter a whole number." })
    .int("Enter a whole number.")
    .min(3, "The minimum is never below 3: with fewer, respondents could read each other's answers off the results.")
    .max(50, "Use 50 or fewer."),
});

export const inviteMemberSchema = z.object({ email: emailSchema, role: roleSchema });
export const changeRoleSchema = z.object({ membershipId: z.string().min(1, "Choose a member."), role: roleSchema });
export const removeMemberSchema = z.object({ membershipId: z.string().min(1, "Choose a member.") });
export const revokeInvitationSchema = z.object({ invitationId: z.string().min(1, "Choose an invitation.") });
export const acceptInvitationSchema = z.object({ token: z.string().min(20, "This invitation link is incomplete.").max(200) });

export const twoFactorPolicySchema = z.object({
  required: z.enum(["true", "false"], { error: "Choose whether members must use two-factor." }).transform((v) => v === "true"),
});
export const memberAccountSchema = z.object({ membershipId: z.string().min(1, "Choose a member.").max(64) });
