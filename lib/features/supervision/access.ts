import "server-only";
import type { Db } from "../../platform/db/connect.ts";
import type { SessionUser } from "../../platform/access/access.ts";
import { resolveKindAccess } from "../benchmark/access.ts";

/** A regulator's sector pages and exports (VIEWER and up). */
export const openSector = (db: Db, user: SessionUser | null, orgSlug: string) => resolveKindAccess(db, user, orgSlug, "REGULATOR");
