// Changes that could remove an organisation's last owner lock its owner rows first, so two owners
// demoting each other at the same moment cannot leave the organisation ownerless.
import "server-only";
import type { Db } from "../../platform/db/connect.ts";

type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

export async function lockOwners(tx: Tx, organizationId: string): Promise<number> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Membership" WHERE "organizationId" = ${organizationId} AND role = 'OWNER' FOR UPDATE`;
  return rows.length;
}

export class LastOwnerError extends Error {
  constructor() {
    super("An organisation needs at least one owner. Make someone else an owner first.");
  }
}
