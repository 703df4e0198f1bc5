// The zod schemas of API v1: the same objects validate requests and generate /api/v1/openapi.json.
import "server-only";
import { z } from "zod";
import { measurementQualitySchema } from "./measurement-quality-schema.ts";
import { latestFramework } from "../../domain/instrument/index.ts";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const listAssessmentsQuery = z.object({
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int("limit must be a whole number.")
    .min(1, "limit must be at least 1.")
    .max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}.`)
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Page size, 1–${MAX_PAGE_SIZE} (default ${DEFAULT_PAGE_SIZE}).` }),
  cursor: z.string().max(200).optional().meta({ description: "The nextCursor of the previous page; omit for the first page." }),
});

export const roadmapQuery = z.object({
  target: z.coerce
    .number({ error: "target must be a number." })
    .int("target must be a whole number.")
    .min(2, "target must be 2–5.")
    .max(5, "target must be 2–5.")
    .optional()
    .meta({ description: "Target maturity level 2–5 (default: one level above the current overall level)." }),
});

export const createAssessmentBody = z
  .object({
    name: z.string({ error: "name is required." }).meta({ description: "3–120 characters.", examples: ["Digital CX baseline 2027"] }),
    frameworkVersion: z.string().default(latestFramework.version).meta({ description: "Framework version (default: the latest)." }),
    modules: z
      .array(z.string(), { error: "modules must be an array of module keys." })
      .optional()
      .meta({ description: 'Module keys, e.g. ["cx", "ecrm"] (default: the framework\'s required modules).' }),
    groups: z
      .array(z.string(), { error: "groups must be an array of group keys." })
      .default(["managers", "employees"])
      .meta({ description: "Respondent group keys: 2–32 lowercase letters, digits or hyphens; 1–8 groups." }),
    deadline: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, "deadline must be a date like 2027-03-31.")
      .optional()
      .meta({ description: "Last day for answers (YYYY-MM-DD, UTC)." }),
  })
  .strict();

export const ismBody = z
  .object({
    factors: z
      .array(z.string().min(1, "Factor names must not be empty.").max(200), { error: "factors must be an array of strings." })
      .min(2, "Give at least 2 factors.")
      .max(300, "At most 300 factors.")
      .meta({ description: "Factor names or keys, in SSIM order." }),
    ssim: z
      .array(z.string(), { error: "ssim must be an array of strings (one per SSIM row)." })
      .max(300)
      .meta({ description: "Row i holds the letters V, A, X or O for the pairs (i, j), j > i (like the CLI in lib/domain/ism/cli.ts)." }),
  })
  .strict();

// ---- Responses (documentation only: the handlers build these from the engine's view model) ----

const level = z.number().int().min(1).max(5).nullable();
const scoreFields = {
  mean: z.number().nullable().meta({ description: "1–5" }),
  percent: z.number().nullable().meta({ description: "0–100" }),
  level,
  levelName: z.string().nullable(),
};

export const errorResponse = z.object({
  error: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional().meta({ description: "Per field, for 422." }),
});

export const assessmentResponse = z.object({
  id: z.string(),
  name: z.string(),
  status: z.enum(["OPEN", "CLOSED", "PUBLISHED"]),
  frameworkVersion: z.string(),
  modules: z.array(z.string()),
  groups: z.array(z.string()),
  deadline: z.string().nullable(),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  respondents: z.object({ invited: z.number().int(), submitted: z.number().int() }),
});

export const assessmentPage = z.object({
  data: z.array(assessmentResponse),
  nextCursor: z.string().nullable().meta({ description: "Pass as cursor for the next page; null on the last page." }),
});

export const scoresResponse = z.object({
  assessmentId: z.string(),
  frameworkVersion: z.string(),
  status: z
    .enum(["ok", "empty", "withheld"])
    .meta({ description: "withheld: fewer submitted questionnaires than the organisation's anonymity threshold; every score is null." }),
  message: z.string().nullable(),
  overall: z.object({
    ...scoreFields,
    respondents: z.number().int(),
    interval: z.object({ lower: z.number(), upper: z.number() }).nullable(),
  }),
  groups: z.array(z.object({ group: z.string(), respondents: z.number().int(), withheld: z.boolean(), ...scoreFields })),
  modules: z.array(z.object({ key: z.string(), name: z.string(), ...scoreFields })),
  categories: z.array(z.object({ key: z.string(), name: z.string(), moduleKey: z.string(), ...scoreFields })),
  factors: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      moduleKey: z.string(),
      categoryKey: z.string().nullable(),
      respondents: z.number().int(),
      ...scoreFields,
      interval: z.object({ lower: z.number(), upper: z.number() }).nullable(),
      groups: z.array(z.object({ group: z.string(), mean: z.number().nullable(), level, respondents: z.number().int() })),
    }),
  ),
  measurementQuality: measurementQualitySchema.nullable().meta({
    description:
      "Reliability, validity and agreement per factor, the overall and module bands (stratified bootstrap-t) and the tested " +
      "perception gaps; null when no figures are shown (below the anonymity threshold or without answers).",
  }),
});

const changeRow = z.object({
  kind: z.enum(["overall", "module", "category", "factor"]),
  key: z.string(),
  name: z.string(),
  before: z.number().nullable().meta({ description: "The previous round's score (1–5)." }),
  after: z.number().nullable().meta({ description: "This round's score (1–5), as reported in its results." }),
  delta: z.number().nullable().meta({ description: "after − before." }),
  lower: z.number().nullable().meta({ description: "Lower bound of the 95 % interval of the change (two-sample stratified bootstrap-t)." }),
  upper: z.number().nullable(),
  verdict: z
    .enum(["improved", "unchanged", "declined", "not-comparable"])
    .meta({ description: "improved or declined only when the whole interval lies above or below zero; unchanged otherwise." }),
  reason: z.string().nullable().meta({ description: "Why there is no verdict, when there is none." }),
});

export const changeResponse = z.object({
  assessmentId: z.string(),
  status: z.enum(["ok", "none"]).meta({
    description:
      "none: no earlier closed or published round, a round below the anonymity threshold, or no factor in common; message says which.",
  }),
  message: z.string().nullable(),
  previous: z.object({ assessmentId: z.string(), name: z.string() }).nullable(),
  rule: z.string().nullable(),
  scopeNote: z.string().nullable().meta({ description: "What was left out when the rounds measured different factors." }),
  overall: changeRow.nullable(),
  modules: z.array(changeRow),
  categories: z.array(changeRow),
  factors: z.array(changeRow),
});

export const roadmapResponse = z.object({
  assessmentId: z.string(),
  target: z.object({ level: z.number().int(), levelName: z.string(), isDefault: z.boolean() }),
  message: z.string().nullable(),
  phases: z.array(
    z.object({
      phase: z.number().int(),
      items: z.array(
        z.object({
          rank: z.number().int(),
          factorKey: z.string(),
          name: z.string(),
          currentScore: z.number(),
          currentLevel: z.number().int(),
          targetLevel: z.number().int(),
          gap: z.number(),
          priority: z.number(),
          ismLevel: z.number().int().nullable(),
          reason: z.string(),
          actions: z.array(z.object({ from: z.number().int(), to: z.number().int(), actions: z.array(z.string()) })),
          waitsFor: z.array(z.object({ key: z.string(), name: z.string(), phase: z.number().int() })),
        }),
      ),
    }),
  ),
});

export const ismResponse = z
  .object({
    factors: z.array(z.string()),
    levels: z.array(z.number().int()).meta({ description: "Level per factor, 1 = top (most dependent)." }),
    levelCount: z.number().int(),
    levelMembers: z.array(z.array(z.number().int())),
    drivingPower: z.array(z.number().int()),
    dependencePower: z.array(z.number().int()),
    quadrants: z.array(z.enum(["autonomous", "dependent", "linkage", "independent"])),
    finalReachability: z.array(z.array(z.number().int())),
    // Loose: the engine's full IsmResult is returned, and the document says so (additional properties).
  })
  .loose()
  .meta({ description: "The ISM engine's IsmResult (more fields than listed here may be present)." });

// GET /benchmark: the same peer filters as the benchmark page (lib/features/benchmark/filters.ts), refused
// with field errors here instead of being dropped.
export { peerFilterSchema as benchmarkQuery } from "../../features/benchmark/filters.ts";

const distribution = z
  .object({
    n: z.number().int(),
    p10: z.number().nullable().describe("Only for 10 or more peers"),
    q1: z.number(),
    median: z.number(),
    q3: z.number(),
    p90: z.number().nullable().describe("Only for 10 or more peers"),
    iqr: z.number(),
  })
  .meta({
    description:
      "Peer distribution as published: rounded to one decimal, quartiles by the Harrell–Davis estimator, P10/P90 only for 10 or more peers. Never the minimum or maximum.",
  });

export const benchmarkResponse = z
  .object({
    frameworkVersion: z.string(),
    round: z.number().int().nullable(),
    k: z.number().int().meta({ description: "Smallest peer group that shows figures (k-anonymity)." }),
    status: z.enum(["ok", "suppressed"]),
    reason: z.string().optional().meta({ description: "Why no figures are shown (status suppressed)." }),
    peerCount: z.number().int().optional(),
    metrics: z
      .array(
        z.object({
          key: z.string(),
          kind: z.enum(["overall", "module", "category", "factor"]),
          name: z.string(),
          own: z.number().nullable(),
          percentileRank: z.number().nullable(),
          peers: distribution.nullable(),
        }),
      )
      .optional(),
  })
  .meta({ description: "The key's bank against its peer group; the bank itself is never among its peers, and no peer is identified." });

// ---- The action plan (lib/features/action-plan): requests are checked here for shape, then by the
// feature's own rules (the same as the web form's), so both ways in refuse the same input. ----

export const API_INITIATIVE_STATUSES = ["planned", "in_progress", "done", "dropped"] as const;
const apiStatus = z.enum(API_INITIATIVE_STATUSES, { error: "status must be planned, in_progress, done or dropped." });

export const listInitiativesQuery = z.object({
  limit: listAssessmentsQuery.shape.limit,
  cursor: listAssessmentsQuery.shape.cursor,
  status: apiStatus.optional().meta({ description: "Only initiatives with this status." }),
});

const initiativeWritable = {
  title: z
    .string({ error: "title must be text." })
    .meta({ description: "3–160 characters.", examples: ["Launch a digital-skills academy"] }),
  factorKeys: z
    .array(z.string(), { error: "factorKeys must be an array of factor keys." })
    .meta({ description: 'Framework factor keys the initiative works on, e.g. ["training"] (at most 20).' }),
  ownerEmail: z
    .string({ error: "ownerEmail must be text or null." })
    .nullable()
    .meta({ description: "E-mail of a member of the organisation who owns it; null for none." }),
  dueDate: z
    .string({ error: "dueDate must be a date like 2027-03-31 or null." })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "dueDate must be a date like 2027-03-31.")
    .nullable()
    .meta({ description: "YYYY-MM-DD; null for none." }),
  status: apiStatus.meta({ description: "planned (default), in_progress, done or dropped." }),
  notes: z.string({ error: "notes must be text." }).meta({ description: "At most 5,000 characters." }),
  evidenceLinks: z
    .array(z.string(), { error: "evidenceLinks must be an array of URLs." })
    .meta({ description: "http:// or https:// URLs (at most 20)." }),
};

export const createInitiativeBody = z
  .object({
    ...initiativeWritable,
    factorKeys: initiativeWritable.factorKeys.optional(),
    ownerEmail: initiativeWritable.ownerEmail.optional(),
    dueDate: initiativeWritable.dueDate.optional(),
    status: initiativeWritable.status.optional(),
    notes: initiativeWritable.notes.optional(),
    evidenceLinks: initiativeWritable.evidenceLinks.optional(),
  })
  .strict();

export const updateInitiativeBody = z
  .object(
    Object.fromEntries(Object.entries(initiativeWritable).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof initiativeWritable]: z.ZodOptional<(typeof initiativeWritable)[K]>;
    },
  )
  .strict()
  .meta({ description: "Only the fields sent change." });

export const initiativeResponse = z.object({
  id: z.string(),
  title: z.string(),
  status: apiStatus,
  factorKeys: z.array(z.string()),
  owner: z.object({ name: z.string(), email: z.string() }).nullable(),
  dueDate: z.string().nullable().meta({ description: "YYYY-MM-DD" }),
  overdue: z.boolean().meta({ description: "Due before today (UTC) and neither done nor dropped." }),
  notes: z.string(),
  evidenceLinks: z.array(z.string()),
  createdFromAssessmentId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  completedAt: z.string().nullable(),
});

export const initiativePage = z.object({
  data: z.array(initiativeResponse),
  nextCursor: assessmentPage.shape.nextCursor,
});
