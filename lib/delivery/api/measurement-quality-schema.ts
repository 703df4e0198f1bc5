// The response schema of the measurement-quality section (lib/view/results/measurement-quality.ts), for
// API v1 and the OpenAPI document (`scoresResponse.measurementQuality`).
import "server-only";
import { z } from "zod";

const num = z.number().nullable();
const band = z.object({
  status: z.enum(["ok", "withheld"]),
  estimate: num,
  lower: num,
  upper: num,
  n: z.number().int(),
  validSamples: z.number().int(),
  method: z.literal("stratified-bootstrap-t"),
  withheldReason: z.string().nullable(),
});

export const measurementQualitySchema = z.object({
  overallBand: band.nullable(),
  moduleBands: z.array(z.object({ moduleKey: z.string(), band })),
  factors: z.array(
    z.object({
      factorKey: z.string(),
      factorName: z.string(),
      moduleKey: z.string(),
      alpha: num,
      alphaLower: num,
      alphaUpper: num,
      omega: num,
      compositeReliability: num,
      averageVarianceExtracted: num,
      items: z.array(z.object({ itemKey: z.string().nullable(), itemTotal: num, loading: num, flags: z.array(z.string()) })),
      flags: z.array(z.string()),
      reading: z.string(),
      rwgJ: num,
      rwgJStar: num,
      lowAgreement: z.boolean(),
    }),
  ),
  htmt: z.array(
    z.object({
      moduleKey: z.string(),
      threshold: z.number(),
      pairs: z.array(z.object({ factorA: z.string(), factorB: z.string(), htmt: num, flagged: z.boolean() })),
    }),
  ),
  gaps: z.array(
    z.object({
      factorKey: z.string(),
      factorName: z.string(),
      groupA: z.string(),
      groupB: z.string(),
      meanDifference: num,
      t: num,
      df: num,
      p: num,
      q: num,
      hedgesG: num,
      gLower: num,
      gUpper: num,
      classification: z.enum(["distinguishable", "not-distinguishable", "not-tested"]),
    }),
  ),
});
