// The rules of an initiative, one set for the web forms (strings) and the API (JSON): the same zod
// schemas accept a list as an array or as text (comma- or line-separated).
import "server-only";
import { z } from "zod";
import { frameworks } from "../../domain/instrument/index.ts";
import { INITIATIVE_STATUSES } from "../../view/plan/initiatives.ts";

export const MAX_FACTORS = 20;
export const MAX_LINKS = 20;
export const MAX_NOTES = 5000;

/** Every factor key of every published framework (e-CRM factors, CX categories, customer knowledge). */
export const KNOWN_FACTOR_KEYS: ReadonlySet<string> = new Set(
  Object.values(frameworks).flatMap((fw) => fw.modules.flatMap((m) => m.factors.map((f) => f.key))),
);

const textList = (separator: RegExp) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(separator)
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(z.string({ error: "Each entry must be text." }).trim(), { error: "Give a list." }),
  );

const title = z
  .string({ error: "Give the initiative a title." })
  .trim()
  .min(3, "Use at least 3 characters.")
  .max(160, "Use at most 160 characters.");

const factorKeys = textList(/[,\n]/)
  .pipe(z.array(z.string()).max(MAX_FACTORS, `Link at most ${MAX_FACTORS} factors.`))
  .superRefine((keys, ctx) => {
    const unknown = keys.filter((k) => !KNOWN_FACTOR_KEYS.has(k));
    if (unknown.length) ctx.addIssue({ code: "custom", message: `Unknown factor: ${unknown.join(", ")}.` });
  })
  .transform((keys) => [...new Set(keys)]);

/** http and https only: a javascript: or file: link in the plan would run or leak when clicked. */
export function isWebLink(value: string): boolean {
  if (value.length > 2000) return false;
  try {
    const u = new URL(value);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.length > 0;
  } catch {
    return false;
  }
}

const evidenceLinks = textList(/\s*\n\s*|\s+/)
  .pipe(z.array(z.string()).max(MAX_LINKS, `Add at most ${MAX_LINKS} links.`))
  .superRefine((links, ctx) => {
    const bad = links.filter((l) => !isWebLink(l));
    if (bad.length)
      ctx.addIssue({ code: "custom", message: `Links must start with http:// or https://: ${bad.map((b) => b.slice(0, 80)).join(", ")}.` });
  })
  .transform((links) => [...new Set(links)]);

const notes = z.string({ error: "Notes must be text." }).max(MAX_NOTES, `Use at most ${MAX_NOTES} characters.`);

/** "" clears the owner; otherwise a membership id of the same organisation (checked against the database). */
const owner = z
  .union([z.string(), z.null()], { error: "Choose an owner." })
  .transform((v) => (v === null || v.trim() === "" ? null : v.trim()));

/** YYYY-MM-DD (a calendar day, stored at 00:00 UTC); "" or null clears it. */
const dueDate = z.union([z.string(), z.null()], { error: "Enter a date like 2027-03-31." }).transform((v, ctx) => {
  if (v === null || v.trim() === "") return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v.trim());
  const d = m ? new Date(`${v.trim()}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== v.trim()) {
    ctx.addIssue({ code: "custom", message: "Enter a date like 2027-03-31." });
    return z.NEVER;
  }
  const year = d.getUTCFullYear();
  if (year < 2000 || year > 2100) {
    ctx.addIssue({ code: "custom", message: "Enter a date between 2000 and 2100." });
    return z.NEVER;
  }
  return d;
});

export const initiativeStatus = z.enum(INITIATIVE_STATUSES, { error: "Choose planned, in progress, done or dropped." });

export const initiativeFields = z.object({
  title,
  factorKeys: factorKeys.optional().default([]),
  ownerMembershipId: owner.optional().default(null),
  dueDate: dueDate.optional().default(null),
  status: initiativeStatus.optional().default("PLANNED"),
  notes: notes.optional().default(""),
  evidenceLinks: evidenceLinks.optional().default([]),
});
export type InitiativeFields = z.output<typeof initiativeFields>;

const ref = z.string({ error: "Choose an initiative." }).trim().min(1, "Choose an initiative.").max(64, "Choose an initiative.");

export const createInitiativeSchema = initiativeFields;

/** Only the fields given change (the web form sends them all; the API may send a few). */
export const updateInitiativeSchema = z.object({
  initiativeId: ref,
  title: title.optional(),
  factorKeys: factorKeys.optional(),
  ownerMembershipId: owner.optional(),
  dueDate: dueDate.optional(),
  status: initiativeStatus.optional(),
  notes: notes.optional(),
  evidenceLinks: evidenceLinks.optional(),
});
export type InitiativeUpdate = Omit<z.output<typeof updateInitiativeSchema>, "initiativeId">;

export const changeStatusSchema = z.object({ initiativeId: ref, status: initiativeStatus });
export const initiativeRefSchema = z.object({ initiativeId: ref });

export const fromRoadmapSchema = z.object({
  assessmentId: z.string({ error: "Choose an assessment." }).trim().min(1, "Choose an assessment.").max(64),
  factorKey: z
    .string({ error: "Choose a roadmap item." })
    .trim()
    .refine((k) => KNOWN_FACTOR_KEYS.has(k), "Unknown factor."),
  target: z
    .string()
    .optional()
    .transform((v) => (v && /^[2-5]$/.test(v) ? (Number(v) as 2 | 3 | 4 | 5) : null)),
});
