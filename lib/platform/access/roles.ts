// Roles form a ladder: each role can do everything the roles below it can.
import type { Role } from "../db/generated/enums.ts";

export const ROLES = ["OWNER", "ADMIN", "ANALYST", "VIEWER"] as const satisfies readonly Role[];

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, ADMIN: 2, OWNER: 3 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

export { ROLE_LABELS } from "../../view/org/labels.ts";

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  OWNER: "Everything, including billing and granting the owner role",
  ADMIN: "Manages members, assessments and settings",
  ANALYST: "Reads results, exports them and works on the action plan",
  VIEWER: "Reads results",
};
