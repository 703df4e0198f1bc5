// Input rules of the ISM-study actions and the expert's judgement route.
import "server-only";
import { z } from "zod";
import { emailSchema } from "../../platform/validation/account.ts";
import { SSIM_LETTERS, type AggregationRule } from "../../domain/ism/index.ts";

export const createStudySchema = z.object({
  name: z.string({ error: "Name the study." }).trim().min(3, "Use at least 3 characters.").max(120, "Use at most 120 characters."),
  factorSource: z.enum(["instrument", "own"], { error: "Choose the instrument's e-CRM factors or your own list." }),
  factorList: z.string().max(10_000, "That list is too long.").optional(),
});

export const studyRefSchema = z.object({ studyId: z.string().min(1, "Choose a study.") });
export const expertRefSchema = z.object({ studyId: z.string().min(1), expertId: z.string().min(1) });

export const addExpertsSchema = z.object({
  studyId: z.string().min(1),
  list: z.string({ error: "List the experts." }).max(100_000, "That list is too long; add at most 200 experts at a time."),
});

/** "threshold" needs a share in (0, 1], given as 0.6 or 60 (%). */
export const ruleSchema = z
  .object({
    rule: z.enum(["majority", "threshold"], { error: "Choose majority or a threshold." }).default("majority"),
    threshold: z.string().optional(),
  })
  .transform((v, ctx): AggregationRule => {
    if (v.rule === "majority") return { kind: "majority" };
    const raw = Number((v.threshold ?? "").replace("%", "").trim());
    const share = raw > 1 ? raw / 100 : raw;
    if (!v.threshold || !Number.isFinite(share) || share <= 0 || share > 1) {
      ctx.addIssue({ code: "custom", path: ["threshold"], message: "Give a share between 1 and 100 %, e.g. 60." });
      return z.NEVER;
    }
    return { kind: "threshold", threshold: share };
  });

export const adoptSchema = z.object({
  studyId: z.string().min(1),
  rule: z.string().optional(),
  threshold: z.string().optional(),
  /** Comma-separated ids of the unfinished experts the adopter explicitly decided to proceed without. */
  proceedWithout: z.string().max(20_000).optional(),
});

export const judgementSchema = z.object({
  i: z.number({ error: "i must be a factor position." }).int("i must be a whole number."),
  j: z.number({ error: "j must be a factor position." }).int("j must be a whole number."),
  letter: z.enum(SSIM_LETTERS as [string, ...string[]], { error: "letter must be V, A, X or O." }),
});

export interface ParsedExperts {
  experts: { name: string; email: string }[];
  errors: string[];
}

/** One expert per line: "Name, e-mail" (or just the e-mail). Nothing is saved unless every line is valid. */
export function parseExpertList(text: string): ParsedExperts {
  const experts: { name: string; email: string }[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, index) => {
      const line = raw.trim();
      if (!line || (index === 0 && /^name\s*[,;\t]/i.test(line))) return;
      const cells = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""));
      const emailCell = cells.find((c) => c.includes("@")) ?? cells[cells.length - 1] ?? "";
      const email = emailSchema.safeParse(emailCell);
      if (!email.success) return void errors.push(`Line ${index + 1}: "${emailCell}" is not a valid e-mail address.`);
      const name =
        cells
          .filter((c) => c !== emailCell)
          .join(" ")
          .trim() ||
        email.data.split("@")[0] ||
        email.data;
      if (name.length > 100) return void errors.push(`Line ${index + 1}: use at most 100 characters for the name.`);
      if (seen.has(email.data)) return void errors.push(`Line ${index + 1}: ${email.data} appears twice.`);
      seen.add(email.data);
      experts.push({ name, email: email.data });
    });
  if (experts.length === 0 && errors.length === 0) errors.push("Enter at least one expert: name, e-mail.");
  if (experts.length > 200) errors.push("Add at most 200 experts at a time.");
  return { experts, errors };
}
