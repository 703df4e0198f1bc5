// Published frameworks live in code (lib/domain/instrument) and are copied into the database once,
// so assessments reference an immutable row. A published version whose content changed in code is
// refused: old assessments must stay comparable (publish a new version instead).
import type { Db } from "../../platform/db/connect.ts";
import type { Prisma } from "../../platform/db/generated/client.ts";
import { frameworkFingerprint, frameworks, type FrameworkDef } from "../../domain/instrument/index.ts";

export class FrameworkChangedError extends Error {}

export async function ensureFrameworksStored(db: Db, registry: Record<string, FrameworkDef> = frameworks): Promise<void> {
  for (const fw of Object.values(registry)) {
    const fingerprint = frameworkFingerprint(fw);
    const stored = await db.framework.findUnique({ where: { version: fw.version }, select: { fingerprint: true } });
    if (stored && stored.fingerprint !== fingerprint) {
      throw new FrameworkChangedError(
        `Framework ${fw.version} in code differs from the published copy in the database (${stored.fingerprint} ≠ ${fingerprint}). ` +
          "A published framework never changes: add a new version instead.",
      );
    }
    if (!stored) {
      await db.framework.create({
        data: {
          version: fw.version,
          name: fw.name,
          publishedOn: fw.publishedOn,
          fingerprint,
          definition: fw as unknown as Prisma.InputJsonValue,
        },
      });
    }
  }
}
