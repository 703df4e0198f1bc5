// The audit log's filters (person, kind, dates), read from the page's or the export's query string.
// An invalid value is reported in words and no filter is applied, so nothing is silently dropped.
import "server-only";
import { z } from "zod";
import { AUDIT_KINDS, type AuditKind } from "../../view/audit/sentences.ts";

export interface AuditFilter {
  actorUserId?: string;
  kind?: AuditKind;
  /** Inclusive start (00:00 UTC of the first day). */
  from?: Date;
  /** Exclusive end (00:00 UTC of the day after the last day). */
  before?: Date;
}

/** The filter as the form shows it (YYYY-MM-DD days). */
export interface AuditFilterInput {
  who?: string;
  kind?: AuditKind;
  from?: string;
  to?: string;
}

const blank = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const day = z.preprocess(
  blank,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Enter a date as YYYY-MM-DD.")
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      "That date does not exist.",
    )
    .optional(),
);

const schema = z
  .object({
    who: z.preprocess(
      blank,
      z
        .string()
        .regex(/^[a-z0-9]{1,40}$/, "Choose a person from the list.")
        .optional(),
    ),
    kind: z.preprocess(blank, z.enum(AUDIT_KINDS, { error: "Choose a kind of event from the list." }).optional()),
    from: day,
    to: day,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { path: ["to"], message: "The last day comes before the first day." });

export type ParsedAuditFilter =
  { ok: true; input: AuditFilterInput; filter: AuditFilter } | { ok: false; input: AuditFilterInput; error: string };

export function parseAuditFilter(raw: Record<string, string | string[] | undefined>): ParsedAuditFilter {
  const one = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : undefined);
  const shown = { who: one("who"), kind: one("kind") as AuditKind | undefined, from: one("from"), to: one("to") };
  const parsed = schema.safeParse(shown);
  if (!parsed.success) return { ok: false, input: shown, error: parsed.error.issues.map((i) => i.message).join(" ") };
  const v = parsed.data;
  const next = (d: string) => new Date(new Date(`${d}T00:00:00Z`).getTime() + 86_400_000);
  return {
    ok: true,
    input: v,
    filter: {
      actorUserId: v.who,
      kind: v.kind,
      from: v.from ? new Date(`${v.from}T00:00:00Z`) : undefined,
      before: v.to ? next(v.to) : undefined,
    },
  };
}

/** The query string that keeps the filter (for paging and the export link). */
export function auditFilterQuery(input: AuditFilterInput): URLSearchParams {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(input)) if (typeof v === "string" && v) q.set(k, v);
  return q;
}
