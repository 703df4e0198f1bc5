import "server-only";
import { z } from "zod";
import { getFramework } from "../../domain/instrument/index.ts";
import { emailSchema } from "../../platform/validation/account.ts";

export const DEFAULT_GROUPS = ["managers", "employees"] as const;

const groupKey = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, "Group names use 2–32 lowercase letters, digits or hyphens, starting with a letter.");

/** Form fields arrive as strings; lists come comma-separated or as repeated fields. */
const list = (inner: z.ZodType<string>) =>
  z.preprocess(
    (v) =>
      typeof v === "string"
        ? v
            .split(",")
            .map((s) => s.trim())
            .filter(Boolean)
        : v,
    z.array(inner),
  );

export const createAssessmentSchema = z
  .object({
    name: z.string({ error: "Name the assessment." }).trim().min(3, "Use at least 3 characters.").max(120, "Use at most 120 characters."),
    frameworkVersion: z.string().min(1, "Choose a framework version."),
    modules: list(z.string()).pipe(z.array(z.string()).min(1, "Choose at least one module.")),
    groups: list(groupKey).pipe(z.array(z.string()).min(1, "Give at least one respondent group.").max(8, "Use at most 8 groups.")),
    deadline: z
      .string()
      .optional()
      .transform((v, ctx) => {
        if (!v) return undefined;
        const d = new Date(`${v}T23:59:59Z`);
        if (Number.isNaN(d.getTime())) {
          ctx.addIssue({ code: "custom", message: "Enter a date like 2027-03-31." });
          return z.NEVER;
        }
        if (d.getTime() < Date.now()) {
          ctx.addIssue({ code: "custom", message: "The deadline must be in the future." });
          return z.NEVER;
        }
        return d;
      }),
  })
  .superRefine((v, ctx) => {
    const fw = getFramework(v.frameworkVersion);
    if (!fw) return ctx.addIssue({ code: "custom", path: ["frameworkVersion"], message: "Unknown framework version." });
    const known = new Set(fw.modules.map((m) => m.key));
    const unknown = v.modules.filter((m) => !known.has(m as never));
    if (unknown.length) ctx.addIssue({ code: "custom", path: ["modules"], message: `Unknown module: ${unknown.join(", ")}.` });
    const missing = fw.modules.filter((m) => !m.optional && !v.modules.includes(m.key)).map((m) => m.name);
    if (missing.length) ctx.addIssue({ code: "custom", path: ["modules"], message: `These modules are required: ${missing.join(", ")}.` });
    if (new Set(v.groups).size !== v.groups.length) ctx.addIssue({ code: "custom", path: ["groups"], message: "Each group name once." });
  });

/**
 * Respondent lists are pasted or uploaded as CSV: one "email,group" per line; a header line and
 * blank lines are ignored. Every problem is reported with its line number; nothing is saved unless
 * all lines are valid.
 */
export interface ParsedRespondents {
  respondents: { email: string; group: string }[];
  errors: string[];
}

export function parseRespondentList(text: string, groups: readonly string[], defaultGroup?: string): ParsedRespondents {
  const respondents: { email: string; group: string }[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  lines.forEach((raw, index) => {
    const line = raw.trim();
    const n = index + 1;
    if (!line || (index === 0 && /^e-?mail\s*[,;\t]/i.test(line))) return;
    const [emailCell = "", groupCell = ""] = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""));
    const email = emailSchema.safeParse(emailCell);
    if (!email.success) return void errors.push(`Line ${n}: "${emailCell}" is not a valid e-mail address.`);
    const group = (groupCell || defaultGroup || "").toLowerCase();
    if (!groups.includes(group)) {
      return void errors.push(`Line ${n}: group "${groupCell}" is not one of this assessment's groups (${groups.join(", ")}).`);
    }
    if (seen.has(email.data)) return void errors.push(`Line ${n}: ${email.data} appears twice.`);
    seen.add(email.data);
    respondents.push({ email: email.data, group });
  });
  if (respondents.length === 0 && errors.length === 0) errors.push("Enter at least one e-mail address.");
  if (respondents.length > 2000) errors.push("Add at most 2,000 respondents at a time.");
  return { respondents, errors };
}

export const addRespondentsSchema = z.object({
  assessmentId: z.string().min(1),
  list: z.string({ error: "Paste or upload a list." }).max(500_000, "That list is too long; add at most 2,000 respondents at a time."),
  defaultGroup: z.string().optional(),
});

export const assessmentRefSchema = z.object({ assessmentId: z.string().min(1, "Choose an assessment.") });
export const respondentRefSchema = z.object({ assessmentId: z.string().min(1), respondentId: z.string().min(1) });

// The answer protocol (request and response) is shared with the browser.
export { answerSchema } from "../../view/questionnaire/answer-protocol.ts";
