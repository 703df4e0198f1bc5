// Organisation API keys: created and revoked by ADMIN/OWNER, shown once, stored as a SHA-256 only.
import "server-only";
import { z } from "zod";
import { defineOrgAction } from "../access/action.ts";
import type { OrgGuard } from "../access/guard.ts";
import { fail, ok, type ActionResult } from "../../platform/http/action-result.ts";
import { hashToken, newToken } from "../../platform/security/tokens.ts";
import { recordAudit } from "../../platform/audit.ts";
import type { Db } from "../../platform/db/connect.ts";
import type { ApiKeyScope } from "../../platform/db/generated/client.ts";

/** Keys look like "myr_<43 base64url characters>"; the prefix makes a leaked key easy to recognise. */
export const KEY_PREFIX = "myr_";
const SHOWN_PREFIX_LENGTH = KEY_PREFIX.length + 6;
export const MAX_ACTIVE_KEYS = 20;

/** The keys page: ADMIN and up; without the plan feature it still lists (and revokes) existing keys. */
export const API_KEYS_PAGE = { minRole: "ADMIN", feature: "apiKeys" } as const satisfies OrgGuard;

export const API_KEY_SCOPE_LABELS: Record<ApiKeyScope, string> = { READ: "Read only", READ_WRITE: "Read and write" };

export function newApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = `${KEY_PREFIX}${newToken()}`;
  return { key, keyHash: hashToken(key), prefix: key.slice(0, SHOWN_PREFIX_LENGTH) };
}

export const createApiKeySchema = z.object({
  name: z.string({ error: "Name the key." }).trim().min(2, "Use at least 2 characters.").max(60, "Use at most 60 characters."),
  scope: z.enum(["READ", "READ_WRITE"], { error: "Choose read only or read and write." }),
});

export const apiKeyRefSchema = z.object({ keyId: z.string().min(1, "Choose a key.") });

export const createApiKey = defineOrgAction({
  name: "api-key.create",
  minRole: "ADMIN",
  feature: "apiKeys",
  mutates: true,
  schema: createApiKeySchema,
  async run(db, ctx, input): Promise<ActionResult<{ id: string; key: string }>> {
    const active = await db.apiKey.count({ where: { organizationId: ctx.org.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_KEYS) return fail(409, `An organisation can have at most ${MAX_ACTIVE_KEYS} active keys; revoke one first.`);
    const { key, keyHash, prefix } = newApiKey();
    const created = await db.$transaction(async (tx) => {
      const k = await tx.apiKey.create({
        data: { organizationId: ctx.org.id, name: input.name, scope: input.scope, prefix, keyHash, createdById: ctx.user.id },
      });
      // The key itself never reaches the audit trail or a log.
      await recordAudit(tx, {
        organizationId: ctx.org.id,
        actorUserId: ctx.user.id,
        action: "api-key.created",
        target: k.id,
        detail: { name: k.name, scope: k.scope, prefix },
      });
      return k;
    });
    return ok({ id: created.id, key }, `Key "${created.name}" created. Copy it now: it is shown only once.`);
  },
});

export const revokeApiKey = defineOrgAction({
  name: "api-key.revoke",
  minRole: "ADMIN",
  mutates: true,
  schema: apiKeyRefSchema,
  async run(db, ctx, input) {
    const { count } = await db.apiKey.updateMany({
      where: { id: input.keyId, organizationId: ctx.org.id, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count === 0) return fail(404, "That key was not found or is already revoked.");
    await recordAudit(db, { organizationId: ctx.org.id, actorUserId: ctx.user.id, action: "api-key.revoked", target: input.keyId });
    return ok(undefined, "Key revoked: requests with it are refused from now on.");
  },
});

export async function listApiKeys(db: Db, organizationId: string) {
  return db.apiKey.findMany({
    where: { organizationId },
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    select: { id: true, name: true, scope: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** The active key with this secret, with its organisation; null for unknown or revoked keys. */
export async function findActiveApiKey(db: Db, key: string) {
  if (!key.startsWith(KEY_PREFIX) || key.length > 200) return null;
  return db.apiKey.findFirst({ where: { keyHash: hashToken(key), revokedAt: null }, include: { organization: true } });
}
