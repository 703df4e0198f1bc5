// Access of a consultancy or a regulator to a bank exists only through an explicit, revocable grant
// that the bank gave. These are the only queries that decide it, so that every portfolio,
// supervision and benchmark route asks the same question the same way.
import type { Db } from "../../platform/db/connect.ts";
import type { GrantKind, OrgKind } from "../../platform/db/generated/client.ts";

/** Which kind of organisation may hold which kind of grant. */
export const GRANTEE_KIND: Record<GrantKind, OrgKind> = { CONSULTANCY: "CONSULTANCY", REGULATOR: "REGULATOR" };

export interface GrantRef {
  granteeOrgId: string;
  grantorOrgId: string;
  kind: GrantKind;
}

/** The live (unrevoked) grant from a bank to the caller's organisation, or null. */
export async function activeGrant(db: Db, ref: GrantRef) {
  return db.accessGrant.findFirst({
    where: { kind: ref.kind, grantorOrgId: ref.grantorOrgId, granteeOrgId: ref.granteeOrgId, revokedAt: null },
  });
}

/** The banks that currently grant the caller's organisation access of this kind, by name. */
export async function grantedInstitutions(db: Db, granteeOrgId: string, kind: GrantKind) {
  const grants = await db.accessGrant.findMany({
    where: { kind, granteeOrgId, revokedAt: null, grantor: { kind: "BANK" } },
    include: { grantor: true },
    orderBy: { grantor: { name: "asc" } },
  });
  // One bank may have granted twice (granted, revoked, granted again leaves one live row; be safe).
  const seen = new Set<string>();
  return grants.filter((g) => !seen.has(g.grantorOrgId) && seen.add(g.grantorOrgId)).map((g) => g.grantor);
}

/**
 * A granted bank by its slug, for routes like /[org]/clients/[bank]: null (→ 404) when there is no
 * live grant, so a consultancy cannot even learn whether an ungranted bank exists.
 */
export async function grantedInstitutionBySlug(db: Db, granteeOrgId: string, kind: GrantKind, bankSlug: string) {
  const grant = await db.accessGrant.findFirst({
    where: { kind, granteeOrgId, revokedAt: null, grantor: { slug: bankSlug, kind: "BANK" } },
    include: { grantor: true },
  });
  return grant?.grantor ?? null;
}

/** The live grants a bank has given, newest first, with the grantee's public name and address. */
export async function liveGrantsGiven(db: Db, grantorOrgId: string) {
  return db.accessGrant.findMany({
    where: { grantorOrgId, revokedAt: null },
    select: { id: true, kind: true, createdAt: true, grantee: { select: { name: true, slug: true, kind: true } } },
    orderBy: { createdAt: "desc" },
  });
}
