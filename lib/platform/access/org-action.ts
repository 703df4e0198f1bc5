// One wrapper for every operation on an organisation's data, used by server actions, route
// handlers and tests alike: access (session → membership → role) → zod validation → handler.
// Access is decided before validation so that a non-member learns nothing, not even field rules.
import "server-only";
import { z } from "zod";
import type { Db } from "../db/connect.ts";
import type { Role } from "../db/generated/client.ts";
import { AccessError, resolveOrgAccess, type OrgContext, type SessionUser } from "./access.ts";
import { fail, isUniqueViolation, validationFailure, type ActionResult } from "../http/action-result.ts";

export interface OrgActionDef<S extends z.ZodType, T> {
  /** Stable name, used in logs, the audit trail and the access-matrix tests. */
  name: string;
  minRole: Role;
  schema: S;
  /** True when the action changes data (VIEWERs may never run these). */
  mutates: boolean;
  run(db: Db, ctx: OrgContext, input: z.output<S>): Promise<ActionResult<T>>;
}

export interface OrgAction<S extends z.ZodType, T> extends OrgActionDef<S, T> {
  invoke(db: Db, user: SessionUser | null, orgSlug: string, raw: unknown): Promise<ActionResult<T>>;
}

export function defineOrgAction<S extends z.ZodType, T>(def: OrgActionDef<S, T>): OrgAction<S, T> {
  return {
    ...def,
    async invoke(db, user, orgSlug, raw) {
      let ctx: OrgContext;
      try {
        ctx = await resolveOrgAccess(db, user, orgSlug, def.minRole);
      } catch (e) {
        if (e instanceof AccessError) return fail(e.status, e.message);
        throw e;
      }
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success) return validationFailure(parsed.error);
      return runSafely(def.name, () => def.run(db, ctx, parsed.data));
    },
  };
}

/** Maps known database failures to clear messages; anything else is logged and answered generically. */
export async function runSafely<T>(name: string, run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e)) return fail(409, "That already exists.");
    console.error(`[action ${name}] failed`, e instanceof Error ? e.message : e);
    return fail(500, "Something went wrong on our side. Nothing was changed; please try again.");
  }
}
