// The OpenAPI 3.1 document of API v1, generated from the zod schemas that validate the requests
// (lib/delivery/api/schemas.ts) with zod 4's z.toJSONSchema. Served at /api/v1/openapi.json.
import "server-only";
import { z } from "zod";
import type { OpenApiDocument as ViewOpenApiDocument } from "../../view/api/openapi-document.ts";
import { API_KEY_RATE_LIMIT } from "./guard.ts";
import {
  assessmentPage,
  assessmentResponse,
  createAssessmentBody,
  errorResponse,
  ismBody,
  ismResponse,
  listAssessmentsQuery,
  MAX_PAGE_SIZE,
  roadmapQuery,
  roadmapResponse,
  changeResponse,
  scoresResponse,
  benchmarkQuery,
  benchmarkResponse,
  createInitiativeBody,
  initiativePage,
  initiativeResponse,
  listInitiativesQuery,
  updateInitiativeBody,
} from "./schemas.ts";

type JsonSchema = Record<string, unknown>;

// z.number().int() adds the safe-integer range as bounds; they say nothing to a reader, so drop them.
function withoutSafeIntegerBounds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSafeIntegerBounds);
  if (typeof value !== "object" || value === null) return value;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(value)) {
    if ((k === "minimum" || k === "maximum") && typeof v === "number" && Math.abs(v) === Number.MAX_SAFE_INTEGER) continue;
    out[k] = withoutSafeIntegerBounds(v);
  }
  return out;
}

/**
 * The response bodies, by component name: the same schema objects type the handlers
 * (lib/delivery/api/validate.ts, schemaJson) and generate the document, so the two cannot differ.
 */
export const RESPONSE_SCHEMAS = {
  Error: errorResponse,
  Assessment: assessmentResponse,
  AssessmentPage: assessmentPage,
  Scores: scoresResponse,
  Roadmap: roadmapResponse,
  Change: changeResponse,
  Benchmark: benchmarkResponse,
  IsmResult: ismResponse,
  Initiative: initiativeResponse,
  InitiativePage: initiativePage,
} as const;

export function schemaOf(s: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _drop, ...rest } = z.toJSONSchema(s, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return withoutSafeIntegerBounds(rest) as JsonSchema;
}

function queryParameters(s: z.ZodObject) {
  return Object.entries(s.shape).map(([name, field]) => {
    const schema = schemaOf(field as z.ZodType, "input");
    const { description, ...rest } = schema;
    return { name, in: "query", required: !(field as z.ZodType).safeParse(undefined).success, description, schema: rest };
  });
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ "application/json": { schema: ref(name) } });
const idParam = { name: "id", in: "path", required: true, description: "Assessment id.", schema: { type: "string" } };
const initiativeIdParam = { ...idParam, description: "Initiative id." };

function errors(...statuses: number[]) {
  const text: Record<number, string> = {
    401: "Missing, unknown or revoked API key.",
    402: "The organisation's plan does not include this; the message names the plan that does.",
    403: "The key's scope does not allow this (read-only key on a write endpoint).",
    404: "No such assessment or initiative in the key's organisation (another organisation's id answers 404 too); for /benchmark and /initiatives, the key's organisation is not a bank.",
    400: "The body is not JSON.",
    413: "The body is larger than the endpoint accepts.",
    422: "Malformed request: fieldErrors names each field.",
    429: `Rate limit: ${API_KEY_RATE_LIMIT.limit} requests per ${API_KEY_RATE_LIMIT.windowSeconds} s per key; see the Retry-After header.`,
  };
  return Object.fromEntries(statuses.map((s) => [String(s), { description: text[s] ?? "Error.", content: json("Error") }]));
}

const common = errors(401, 429);

export function openApiDocument(serverUrl = "/api/v1") {
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Meyar API",
      version: "1.0.0",
      description:
        "Read an organisation's assessments, scores, roadmap and benchmark, compute ISM models, create assessments, and read and change a bank's action plan. " +
        "Authenticate with an organisation API key (Authorization: Bearer myr_…), created by an owner or admin on the API keys page. " +
        `Errors are JSON { error, fieldErrors? }. Lists are cursor-paginated (limit at most ${MAX_PAGE_SIZE}).`,
    },
    servers: [{ url: serverUrl }],
    security: [{ apiKey: [] }],
    paths: {
      "/assessments": {
        get: {
          operationId: "listAssessments",
          summary: "List assessments, newest first",
          parameters: queryParameters(listAssessmentsQuery),
          responses: { 200: { description: "One page.", content: json("AssessmentPage") }, ...errors(422), ...common },
        },
        post: {
          operationId: "createAssessment",
          summary: "Create an assessment (read-write keys only)",
          requestBody: { required: true, content: json("CreateAssessment") },
          responses: { 201: { description: "Created.", content: json("Assessment") }, ...errors(400, 403, 413, 422), ...common },
        },
      },
      "/assessments/{id}": {
        get: {
          operationId: "getAssessment",
          summary: "One assessment",
          parameters: [idParam],
          responses: { 200: { description: "The assessment.", content: json("Assessment") }, ...errors(404), ...common },
        },
      },
      "/assessments/{id}/scores": {
        get: {
          operationId: "getScores",
          summary: "Scores: overall, per group, module, category and factor (the dashboard's numbers)",
          parameters: [idParam],
          responses: { 200: { description: "Scores.", content: json("Scores") }, ...errors(404), ...common },
        },
      },
      "/assessments/{id}/roadmap": {
        get: {
          operationId: "getRoadmap",
          summary: "Roadmap by phase towards a target level",
          parameters: [idParam, ...queryParameters(roadmapQuery)],
          responses: { 200: { description: "Roadmap.", content: json("Roadmap") }, ...errors(404, 422), ...common },
        },
      },
      "/assessments/{id}/change": {
        get: {
          operationId: "getChange",
          summary: "Change since the previous round: every score's change with its 95 % interval and a verdict (banks)",
          parameters: [idParam],
          responses: { 200: { description: "Change since the previous round.", content: json("Change") }, ...errors(404), ...common },
        },
      },
      "/benchmark": {
        get: {
          operationId: "getBenchmark",
          summary: "Percentile rank, median and quartiles against a filtered peer group (k-anonymous; banks only)",
          parameters: queryParameters(benchmarkQuery),
          responses: {
            200: { description: "Figures, or the reason there are none.", content: json("Benchmark") },
            ...errors(402, 404, 422),
            ...common,
          },
        },
      },
      "/initiatives": {
        get: {
          operationId: "listInitiatives",
          summary: "The bank's action plan: initiatives, oldest first",
          parameters: queryParameters(listInitiativesQuery),
          responses: { 200: { description: "One page.", content: json("InitiativePage") }, ...errors(404, 422), ...common },
        },
        post: {
          operationId: "createInitiative",
          summary: "Add an initiative to the plan (read-write keys only; audited)",
          requestBody: { required: true, content: json("CreateInitiative") },
          responses: { 201: { description: "Created.", content: json("Initiative") }, ...errors(400, 403, 404, 413, 422), ...common },
        },
      },
      "/initiatives/{id}": {
        get: {
          operationId: "getInitiative",
          summary: "One initiative",
          parameters: [initiativeIdParam],
          responses: { 200: { description: "The initiative.", content: json("Initiative") }, ...errors(404), ...common },
        },
        patch: {
          operationId: "updateInitiative",
          summary: "Change an initiative: only the fields sent change (read-write keys only; audited)",
          parameters: [initiativeIdParam],
          requestBody: { required: true, content: json("UpdateInitiative") },
          responses: {
            200: { description: "The changed initiative.", content: json("Initiative") },
            ...errors(400, 403, 404, 413, 422),
            ...common,
          },
        },
      },
      "/ism": {
        post: {
          operationId: "computeIsm",
          summary: "Interpretive structural modelling of a posted SSIM",
          requestBody: { required: true, content: json("IsmInput") },
          responses: { 200: { description: "The ISM result.", content: json("IsmResult") }, ...errors(400, 413, 422), ...common },
        },
      },
    },
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "An organisation API key (myr_…)." } },
      schemas: {
        ...(Object.fromEntries(Object.entries(RESPONSE_SCHEMAS).map(([name, schema]) => [name, schemaOf(schema, "output")])) as Record<
          keyof typeof RESPONSE_SCHEMAS,
          JsonSchema
        >),
        CreateAssessment: schemaOf(createAssessmentBody, "input"),
        IsmInput: schemaOf(ismBody, "input"),
        CreateInitiative: schemaOf(createInitiativeBody, "input"),
        UpdateInitiative: schemaOf(updateInitiativeBody, "input"),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;

// The API page (components/api-keys/openapi-view.tsx) renders this document through the view's shape.
export const asViewDocument = (doc: OpenApiDocument): ViewOpenApiDocument => doc;
