// Membership changes: role changes and removals. Owner-only rules and the last-owner rule live here.
import "server-only";
import { defineOrgAction } from "../access/action.ts";
import { fail, ok } from "../../platform/http/action-result.ts";
import { recordAudit } from "../../platform/audit.ts";
import { changeRoleSchema, removeMemberSchema } from "./validation.ts";
import { LastOwnerError, lockOwners } from "./owner-lock.ts";

export const changeRole = defineOrgAction({
  name: "member.change-role",
  minRole: "ADMIN",
  mutates: true,
  schema: changeRoleSchema,
  async run(db, ctx, input) {
    const target = await db.membership.findFirst({ where: { id: input.membershipId, organizationId: ctx.org.id } });
    if (!target) return fail(404, "That member was not found.");
    if ((target.role === "OWNER" || input.role === "OWNER") && ctx.role !== "OWNER") {
      return fail(403, "Only an owner can grant or change the owner role.");
    }
    if (target.role === input.role) return ok(undefined, "Nothing changed.");
    try {
      await db.$transaction(async (tx) => {
        const owners = await lockOwners(tx, ctx.org.id);
        if (target.role === "OWNER" && owners <= 1) throw new LastOwnerError();
        const { count } = await tx.membership.updateMany({
          where: { id: target.id, organizationId: ctx.org.id, role: target.role },
          data: { role: input.role },
        });
        if (count === 0) throw new Error("membership changed concurrently");
        await recordAudit(tx, {
          organizationId: ctx.org.id,
          actorUserId: ctx.user.id,
          action: "member.role-changed",
          target: target.userId,
          detail: { from: target.role, to: input.role },
        });
      });
    } catch (e) {
      if (e instanceof LastOwnerError) return fail(409, e.message);
      throw e;
    }
    return ok(undefined, "Role updated.");
  },
});

export const removeMember = defineOrgAction({
  name: "member.remove",
  minRole: "ADMIN",
  mutates: true,
  schema: removeMemberSchema,
  async run(db, ctx, input) {
    const target = await db.membership.findFirst({ where: { id: input.membershipId, organizationId: ctx.org.id } });
    if (!target) return fail(404, "That member was not found.");
    if (target.role === "OWNER" && ctx.role !== "OWNER") return fail(403, "Only an owner can remove an owner.");
    try {
      await db.$transaction(async (tx) => {
        const owners = await lockOwners(tx, ctx.org.id);
        if (target.role === "OWNER" && owners <= 1) throw new LastOwnerError();
        const { count } = await tx.membership.deleteMany({ where: { id: target.id, organizationId: ctx.org.id } });
        if (count === 0) throw new Error("membership removed concurrently");
        await recordAudit(tx, {
          organizationId: ctx.org.id,
          actorUserId: ctx.user.id,
          action: "member.removed",
          target: target.userId,
        });
      });
    } catch (e) {
      if (e instanceof LastOwnerError) return fail(409, e.message);
      throw e;
    }
    return ok(undefined, "Member removed.");
  },
});
