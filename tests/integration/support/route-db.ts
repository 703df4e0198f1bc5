// Lets a test import the app's route modules and run them against its own database: lib/platform/db/prisma.ts
// takes the client cached on globalThis when there is one, so we put the test database there first.
import { vi } from "vitest";
import type { Db } from "../../../lib/platform/db/connect.ts";

export async function useDatabaseForRoutes(db: Db): Promise<void> {
  (globalThis as unknown as { meyarDb?: { prisma: Db; close: () => Promise<void> } }).meyarDb = { prisma: db, close: async () => {} };
  vi.resetModules();
}

export function releaseDatabaseForRoutes(): void {
  delete (globalThis as unknown as { meyarDb?: unknown }).meyarDb;
}
