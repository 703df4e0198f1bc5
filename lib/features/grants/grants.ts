// Access of a consultancy or a regulator to a bank exists only through an explicit, revocable grant
// that the bank gave. These are the only queries that decide it, so that every portfolio,
// supervision and benchmark route asks the same question the same way.
import { z } from "zod";
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

/** The settings page's "find an organisation by name" (?find=): 2 to 80 characters. */
export const granteeSearchSchema = z
  .string()
  .trim()
  .min(2, "Type at least 2 letters of the organisation's name.")
  .max(80, "Use at most 80 characters.");

export interface GranteeMatch {
  slug: string;
  name: string;
  kind: GrantKind;
  /** This bank already granted it access of its kind. */
  hasAccess: boolean;
}

/**
 * Organisations a bank can grant access to (consultancies and regulators; never another bank)
 * whose name contains the words typed, at most 10, by name. Demo organisations are offered only to
 * demo banks, so a real bank never grants a fictitious one by mistake.
 */
export async function searchGrantees(db: Db, bank: { id: string; isDemo: boolean }, query: string): Promise<GranteeMatch[]> {
  const found = await db.organization.findMany({
    where: {
      kind: { in: ["CONSULTANCY", "REGULATOR"] },
      name: { contains: query, mode: "insensitive" },
      ...(bank.isDemo ? {} : { isDemo: false }),
    },
    select: { id: true, slug: true, name: true, kind: true },
    orderBy: { name: "asc" },
    take: 10,
  });
  const live = await db.accessGrant.findMany({
    where: { grantorOrgId: bank.id, revokedAt: null, granteeOrgId: { in: found.map((o) => o.id) } },
    select: { granteeOrgId: true, kind: true },
  });
  return found.map((o) => {
    const kind = o.kind as GrantKind;
    return { slug: o.slug, name: o.name, kind, hasAccess: live.some((g) => g.granteeOrgId === o.id && g.kind === kind) };
  });
}
