// The peer-group filters of the benchmark page, from URL search params. Invalid values are refused
// with a message and the filter is dropped (the page still renders, with the wider group).
import { z } from "zod";
import type { PeerFilters } from "../../view/benchmark/types.ts";

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : Array.isArray(v) ? v[0] : v);

export const peerFilterSchema = z.object({
  ownership: z.preprocess(blankToUndefined, z.enum(["PRIVATE", "STATE"], { error: "Ownership must be private or state." }).optional()),
  sizeBand: z.preprocess(
    blankToUndefined,
    z.enum(["SMALL", "MEDIUM", "LARGE"], { error: "Size must be small, medium or large." }).optional(),
  ),
  region: z.preprocess(blankToUndefined, z.string().trim().max(80, "Region is too long.").optional()),
  round: z.preprocess(
    blankToUndefined,
    z.coerce
      .number({ error: "Year must be a number." })
      .int("Year must be a whole year.")
      .min(2000, "Year must be 2000 or later.")
      .max(2100, "Year must be 2100 or earlier.")
      .optional(),
  ),
});

// The schema's output must be the view's PeerFilters (checked by the return type below).
export type { PeerFilters };

/** A filter that can be refused. */
export type PeerFilterField = keyof PeerFilters;
const FIELDS: readonly PeerFilterField[] = ["ownership", "sizeBand", "region", "round"];

/**
 * Valid filters, plus one message per refused field (that field is then left out): `errors` in English for
 * API v1, `refused` naming the fields so that a page can say it in its language.
 */
export function parsePeerFilters(raw: Record<string, string | string[] | undefined>): {
  filters: PeerFilters;
  errors: string[];
  refused: PeerFilterField[];
} {
  const parsed = peerFilterSchema.safeParse(raw);
  if (parsed.success) return { filters: parsed.data, errors: [], refused: [] };
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const errors = parsed.error.issues.map((i) => i.message);
  const kept = Object.fromEntries(Object.entries(raw).filter(([k]) => !bad.has(k)));
  const retry = peerFilterSchema.safeParse(kept);
  return { filters: retry.success ? retry.data : {}, errors, refused: FIELDS.filter((f) => bad.has(f)) };
}
