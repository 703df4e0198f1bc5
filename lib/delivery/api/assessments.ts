// API v1 assessment endpoints. Every query is scoped by the key's organisation: another
// organisation's id is indistinguishable from a missing one (404).
import "server-only";
import { fail, validationFailure } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { ensureFrameworksStored } from "../../features/assessments/framework-store.ts";
import type { Assessment } from "../../platform/db/generated/client.ts";
import { defaultModuleKeys, getFramework } from "../../domain/instrument/index.ts";
import { loadAssessmentResults } from "../../features/results/assessment-results.ts";
import { loadRoundChange } from "../../features/results/round-change.ts";
import { parseTargetParam } from "../../view/results/target.ts";
import { createAssessmentSchema } from "../../features/assessments/validation.ts";
import { apiError, type ApiAccess, type ApiContext } from "./guard.ts";
import {
  assessmentPage,
  assessmentResponse,
  createAssessmentBody,
  listAssessmentsQuery,
  roadmapQuery,
  roadmapResponse,
  scoresResponse,
  changeResponse,
} from "./schemas.ts";
import { parseJsonBody, parseQuery, schemaJson } from "./validate.ts";
import { encodePageCursor, readPageCursor } from "./page-cursor.ts";

type Counts = { invited: number; submitted: number };

function assessmentJson(a: Assessment, respondents: Counts) {
  return {
    id: a.id,
    name: a.name,
    status: a.status,
    frameworkVersion: a.frameworkVersion,
    modules: a.modules,
    groups: a.groups,
    deadline: a.deadline?.toISOString() ?? null,
    createdAt: a.createdAt.toISOString(),
    closedAt: a.closedAt?.toISOString() ?? null,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    respondents,
  };
}

async function respondentCounts(ctx: ApiContext, ids: string[]): Promise<Map<string, Counts>> {
  if (ids.length === 0) return new Map();
  const counts = await ctx.db.respondent.groupBy({
    by: ["assessmentId"],
    where: { organizationId: ctx.org.id, assessmentId: { in: ids }, revokedAt: null },
    _count: { _all: true, submittedAt: true },
  });
  return new Map(counts.map((c) => [c.assessmentId, { invited: c._count._all, submitted: c._count.submittedAt }]));
}

export async function listAssessmentsV1(request: Request, ctx: ApiContext): Promise<Response> {
  const q = parseQuery(listAssessmentsQuery, new URL(request.url));
  if (!q.ok) return apiError(q.failure);
  const cursor = readPageCursor(q.data.cursor);
  if (!cursor.ok) return apiError(cursor.failure);
  const after = cursor.after;
  const rows = await ctx.db.assessment.findMany({
    where: {
      organizationId: ctx.org.id,
      ...(after ? { OR: [{ createdAt: { lt: after.createdAt } }, { createdAt: after.createdAt, id: { lt: after.id } }] } : {}),
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: q.data.limit + 1,
  });
  const page = rows.slice(0, q.data.limit);
  const counts = await respondentCounts(
    ctx,
    page.map((a) => a.id),
  );
  const last = page[page.length - 1];
  return schemaJson(assessmentPage, {
    data: page.map((a) => assessmentJson(a, counts.get(a.id) ?? { invited: 0, submitted: 0 })),
    nextCursor: rows.length > q.data.limit && last ? encodePageCursor(last) : null,
  });
}

const notFound = () => apiError(fail(404, "That assessment was not found."));

export async function getAssessmentV1(_request: Request, ctx: ApiContext, params: { id: string }): Promise<Response> {
  const a = await ctx.db.assessment.findFirst({ where: { id: params.id, organizationId: ctx.org.id } });
  if (!a) return notFound();
  const counts = await respondentCounts(ctx, [a.id]);
  return schemaJson(assessmentResponse, assessmentJson(a, counts.get(a.id) ?? { invited: 0, submitted: 0 }));
}

/** Declared to the API guard by the route: a read-write key of a bank (other kinds: 404). */
export const CREATE_ASSESSMENT_V1: ApiAccess = { scope: "write", kinds: ["BANK"] };

export async function createAssessmentV1(request: Request, ctx: ApiContext): Promise<Response> {
  const body = await parseJsonBody(createAssessmentBody, request);
  if (!body.ok) return apiError(body.failure);
  const framework = getFramework(body.data.frameworkVersion);
  // The same rules as the web form (framework, modules, groups, deadline).
  const checked = createAssessmentSchema.safeParse({
    ...body.data,
    modules: body.data.modules ?? (framework ? defaultModuleKeys(framework) : []),
  });
  if (!checked.success) return apiError(validationFailure(checked.error));
  const input = checked.data;
  await ensureFrameworksStored(ctx.db);
  const created = await ctx.db.$transaction(async (tx) => {
    const a = await tx.assessment.create({
      data: {
        organizationId: ctx.org.id,
        name: input.name,
        frameworkVersion: input.frameworkVersion,
        modules: input.modules,
        groups: input.groups,
        deadline: input.deadline ?? null,
        createdById: null,
      },
    });
    await recordAudit(tx, {
      organizationId: ctx.org.id,
      actorUserId: ctx.key.createdById,
      action: "assessment.created",
      target: a.id,
      detail: { name: a.name, via: "api", apiKeyId: ctx.key.id },
    });
    return a;
  });
  return schemaJson(assessmentResponse, assessmentJson(created, { invited: 0, submitted: 0 }), {
    status: 201,
    headers: { Location: `/api/v1/assessments/${created.id}` },
  });
}

export async function assessmentScoresV1(_request: Request, ctx: ApiContext, params: { id: string }): Promise<Response> {
  const loaded = await loadAssessmentResults(ctx.db, { org: ctx.org }, params.id);
  if (!loaded) return notFound();
  const r = loaded.results;
  const iv = (x: { lower: number; upper: number } | null) => (x ? { lower: x.lower, upper: x.upper } : null);
  return schemaJson(scoresResponse, {
    assessmentId: loaded.assessment.id,
    frameworkVersion: r.frameworkVersion,
    status: r.status,
    message: r.message,
    overall: {
      mean: r.overall.mean,
      percent: r.overall.percent,
      level: r.overall.level,
      levelName: r.overall.levelName,
      respondents: r.overall.respondents,
      interval: iv(r.overall.interval),
    },
    groups: r.groups,
    modules: r.modules.map(({ key, name, mean, percent, level, levelName }) => ({ key, name, mean, percent, level, levelName })),
    categories: r.categories.map(({ key, name, moduleKey, mean, percent, level, levelName }) => ({
      key,
      name,
      moduleKey,
      mean,
      percent,
      level,
      levelName,
    })),
    factors: r.factors.map((f) => ({
      key: f.key,
      name: f.name,
      moduleKey: f.moduleKey,
      categoryKey: f.categoryKey,
      respondents: f.respondents,
      mean: f.mean,
      percent: f.percent,
      level: f.level,
      levelName: f.levelName,
      interval: iv(f.interval),
      groups: f.groups,
    })),
    measurementQuality: r.measurementQuality,
  });
}

export async function assessmentChangeV1(_request: Request, ctx: ApiContext, params: { id: string }): Promise<Response> {
  const loaded = await loadAssessmentResults(ctx.db, { org: ctx.org }, params.id);
  if (!loaded) return notFound();
  const outcome = await loadRoundChange(ctx.db, ctx.org, loaded.assessment, loaded.results);
  const body =
    outcome.status === "ok"
      ? { assessmentId: loaded.assessment.id, status: "ok" as const, message: null, ...outcome.view }
      : {
          assessmentId: loaded.assessment.id,
          status: "none" as const,
          message: outcome.message,
          previous: null,
          rule: null,
          scopeNote: null,
          overall: null,
          modules: [],
          categories: [],
          factors: [],
        };
  return schemaJson(changeResponse, body);
}

export async function assessmentRoadmapV1(request: Request, ctx: ApiContext, params: { id: string }): Promise<Response> {
  const url = new URL(request.url);
  const q = parseQuery(roadmapQuery, url);
  if (!q.ok) return apiError(q.failure);
  const loaded = await loadAssessmentResults(ctx.db, { org: ctx.org }, params.id, {
    target: parseTargetParam(q.data.target === undefined ? null : String(q.data.target)),
  });
  if (!loaded) return notFound();
  const { roadmap } = loaded.results;
  return schemaJson(roadmapResponse, {
    assessmentId: loaded.assessment.id,
    target: roadmap.target,
    message: roadmap.message ?? roadmap.error,
    phases: roadmap.phases.map((p) => ({
      phase: p.phase,
      items: p.items.map((i) => ({
        rank: i.rank,
        factorKey: i.factorKey,
        name: i.name,
        currentScore: i.currentScore,
        currentLevel: i.currentLevel,
        targetLevel: i.targetLevel,
        gap: i.gap,
        priority: i.priority,
        ismLevel: i.ismLevel,
        reason: i.reason,
        actions: i.actions,
        waitsFor: i.waitsFor,
      })),
    })),
  });
}
