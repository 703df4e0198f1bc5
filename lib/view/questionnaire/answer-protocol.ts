// The answer protocol of POST /api/respond/<token>/answers, declared once for both ends: the server
// (lib/features/assessments/respond.ts) validates requests with answerSchema and returns a
// SavedAnswer; the browser's save queue (lib/client/questionnaire/save-queue.ts) sends AnswerToSave
// and reads SavedAnswer. A change here changes both sides, or fails to compile on one.
import { z } from "zod";
import type { AnswerValue } from "./sections.ts";

export const answerValueSchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.null()], {
  error: "value must be 1, 2, 3, 4, 5 or null (don't know).",
});

/** The request body. */
export const answerSchema = z.object({
  itemKey: z.string({ error: "itemKey is required." }).min(1).max(100),
  value: answerValueSchema,
  /** ISO-8601 instant the respondent gave the answer. */
  answeredAt: z.iso.datetime({ offset: true, error: "answeredAt must be an ISO date-time." }),
});

/** The 200 response. */
export const savedAnswerSchema = z.object({
  itemKey: z.string(),
  /** The value the server now holds: the sent one when applied, otherwise the newer one it kept. */
  value: answerValueSchema,
  version: z.number().int(),
  /** False when the server already had a newer answer (given later, e.g. in another tab) and kept it. */
  applied: z.boolean(),
});

export type AnswerToSave = z.input<typeof answerSchema>;
export type SavedAnswer = z.output<typeof savedAnswerSchema>;

// The questionnaire's own answer type and the protocol's are one and the same.
export const sameAnswerValue: [AnswerValue] extends [z.output<typeof answerValueSchema>]
  ? [z.output<typeof answerValueSchema>] extends [AnswerValue]
    ? true
    : never
  : never = true;
