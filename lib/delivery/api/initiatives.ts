// API v1 action-plan endpoints: GET (read keys) and POST/PATCH (read-write keys) of a bank's
// initiatives. The body is checked for shape (./schemas.ts), then by the feature's rules; every
// query is scoped by the key's organisation (another organisation's id answers 404).
import "server-only";
import type { z } from "zod";
import { fail, validationFailure } from "../../platform/http/action-result.ts";
import {
  createInitiativeIn,
  getInitiative,
  listInitiativesPage,
  membershipIdByEmail,
  updateInitiativeIn,
  type Actor,
} from "../../features/action-plan/initiatives.ts";
import { createInitiativeSchema, updateInitiativeSchema } from "../../features/action-plan/validation.ts";
import { isoDay, isOverdue, statusToApi, type InitiativeStatus, type InitiativeView } from "../../view/plan/initiatives.ts";
import { apiError, type ApiAccess, type ApiContext } from "./guard.ts";
import { createInitiativeBody, initiativePage, initiativeResponse, listInitiativesQuery, updateInitiativeBody } from "./schemas.ts";
import { parseJsonBody, parseQuery, schemaJson } from "./validate.ts";
import { encodePageCursor, readPageCursor } from "./page-cursor.ts";

/** The plan is a bank's: keys of other kinds of organisation get 404, as for an unknown path. */
export const READ_INITIATIVES_V1: ApiAccess = { scope: "read", kinds: ["BANK"] };
export const WRITE_INITIATIVES_V1: ApiAccess = { scope: "write", kinds: ["BANK"] };

type InitiativeJson = z.output<typeof initiativeResponse>;

function initiativeJson(i: InitiativeView, today: string): InitiativeJson {
  return {
    id: i.id,
    title: i.title,
    status: statusToApi(i.status),
    factorKeys: i.factorKeys,
    owner: i.owner ? { name: i.owner.name, email: i.owner.email } : null,
    dueDate: i.dueDate,
    overdue: isOverdue(i, today),
    notes: i.notes,
    evidenceLinks: i.evidenceLinks,
    createdFromAssessmentId: i.createdFromAssessmentId,
    createdAt: i.createdAt,
    updatedAt: i.updatedAt,
    completedAt: i.completedAt,
  };
}

const actorOf = (ctx: ApiContext): Actor => ({ userId: ctx.key.createdById, apiKeyId: ctx.key.id });
const today = () => isoDay(new Date());
const fromApiStatus = (s: string | undefined) => (s === undefined ? undefined : (s.toUpperCase() as InitiativeStatus));
const notFound = () => apiError(fail(404, "That initiative was not found."));

/** An owner named by e-mail → the member's membership id; unknown → a field error, nothing changed. */
async function ownerField(ctx: ApiContext, email: string | null | undefined) {
  if (email === undefined) return { ok: true as const, value: undefined };
  if (email === null || email.trim() === "") return { ok: true as const, value: null };
  const id = await membershipIdByEmail(ctx.db, ctx.org.id, email);
  return id
    ? { ok: true as const, value: id }
    : {
        ok: false as const,
        failure: fail(422, "Please correct the highlighted fields.", { ownerEmail: ["No member of this organisation has that e-mail."] }),
      };
}

export async function listInitiativesV1(request: Request, ctx: ApiContext): Promise<Response> {
  const q = parseQuery(listInitiativesQuery, new URL(request.url));
  if (!q.ok) return apiError(q.failure);
  const cursor = readPageCursor(q.data.cursor);
  if (!cursor.ok) return apiError(cursor.failure);
  const after = cursor.after;
  const rows = await listInitiativesPage(ctx.db, ctx.org.id, { status: fromApiStatus(q.data.status), after, take: q.data.limit + 1 });
  const page = rows.slice(0, q.data.limit);
  const last = page[page.length - 1];
  const t = today();
  return schemaJson(initiativePage, {
    data: page.map((i) => initiativeJson(i, t)),
    nextCursor: rows.length > q.data.limit && last ? encodePageCursor(last) : null,
  });
}

export async function getInitiativeV1(_request: Request, ctx: ApiContext, params: { id: string }): Promise<Response> {
  const i = await getInitiative(ctx.db, ctx.org.id, params.id);
  return i ? schemaJson(initiativeResponse, initiativeJson(i, today())) : notFound();
}

export async function createInitiativeV1(request: Request, ctx: ApiContext): Promise<Response> {
  const body = await parseJsonBody(createInitiativeBody, request);
  if (!body.ok) return apiError(body.failure);
  const { ownerEmail, status, ...rest } = body.data;
  const owner = await ownerField(ctx, ownerEmail);
  if (!owner.ok) return apiError(owner.failure);
  const checked = createInitiativeSchema.safeParse({ ...rest, status: fromApiStatus(status), ownerMembershipId: owner.value ?? null });
  if (!checked.success) return apiError(validationFailure(checked.error));
  const result = await createInitiativeIn(ctx.db, ctx.org, actorOf(ctx), checked.data);
  if (!result.ok) return apiError(result);
  return schemaJson(initiativeResponse, initiativeJson(result.data, today()), {
    status: 201,
    headers: { Location: `/api/v1/initiatives/${result.data.id}` },
  });
}

export async function updateInitiativeV1(request: Request, ctx: ApiContext, params: { id: string }): Promise<Response> {
  const body = await parseJsonBody(updateInitiativeBody, request);
  if (!body.ok) return apiError(body.failure);
  const { ownerEmail, status, ...rest } = body.data;
  const owner = await ownerField(ctx, ownerEmail);
  if (!owner.ok) return apiError(owner.failure);
  const checked = updateInitiativeSchema.safeParse({
    ...rest,
    initiativeId: params.id,
    ...(status !== undefined ? { status: fromApiStatus(status) } : {}),
    ...(owner.value !== undefined ? { ownerMembershipId: owner.value } : {}),
  });
  if (!checked.success) return apiError(validationFailure(checked.error));
  const { initiativeId, ...patch } = checked.data;
  const onlyStatus = Object.keys(body.data).length === 1 && status !== undefined;
  const result = await updateInitiativeIn(
    ctx.db,
    ctx.org,
    actorOf(ctx),
    initiativeId,
    patch,
    onlyStatus ? "initiative.status-changed" : "initiative.updated",
  );
  if (!result.ok) return result.status === 404 ? notFound() : apiError(result);
  return schemaJson(initiativeResponse, initiativeJson(result.data, today()));
}
