// One wrapper for every operation on an organisation's data, used by server actions, route
// handlers and tests alike: the guard (caller → membership → role → kind → plan, all declared in
// the definition) → zod validation → handler. Access is decided before validation so that a
// non-member learns nothing, not even field rules. Every definition is listed in
// lib/features/action-registry/registry.ts, which the access-matrix test walks.
import "server-only";
import { z } from "zod";
import type { Db } from "../../platform/db/connect.ts";
import type { OrgKind, Role } from "../../platform/db/generated/client.ts";
import type { OrgContext, SessionUser } from "../../platform/access/access.ts";
import { refusalResult } from "../../platform/access/refusal.ts";
import { fail, isUniqueViolation, validationFailure, type ActionResult } from "../../platform/http/action-result.ts";
import type { Feature } from "../../domain/billing/plans.ts";
import { guardOrg } from "./guard.ts";

export interface OrgActionDef<S extends z.ZodType, T> {
  /** Stable name, used in logs, the audit trail and the access-matrix tests. */
  name: string;
  minRole: Role;
  /** The organisation kinds the action exists for (default: every kind); others get 404. */
  kinds?: readonly OrgKind[];
  /** The plan feature the action needs (402 otherwise); declared, never checked by hand in `run`. */
  feature?: Feature;
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
        ctx = await guardOrg(db, { user }, orgSlug, { minRole: def.minRole, kinds: def.kinds, feature: def.feature });
      } catch (e) {
        return refusalResult(e);
      }
      const parsed = def.schema.safeParse(raw);
      if (!parsed.success) return validationFailure(parsed.error);
      return runSafely(def.name, () => def.run(db, ctx, parsed.data));
    },
  };
}

/**
 * Maps known database failures to clear messages; anything else is logged and answered generically.
 * A refusal thrown inside `run` (e.g. a client without a live grant) is answered like the guard's.
 */
export async function runSafely<T>(name: string, run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await run();
  } catch (e) {
    if (isUniqueViolation(e)) return fail(409, "That already exists.");
    try {
      return refusalResult(e);
    } catch {
      console.error(`[action ${name}] failed`, e instanceof Error ? e.message : e);
      return fail(500, "Something went wrong on our side. Nothing was changed; please try again.");
    }
  }
}
