import "server-only";
import { createPrismaClient, type ConnectedDb } from "./connect.ts";

// One client per server process; cached on globalThis so dev-mode reloads don't open PGlite twice
// (two PGlite instances on one data folder corrupt it).
const globalForDb = globalThis as unknown as { meyarDb?: ConnectedDb };

export const db = (globalForDb.meyarDb ??= createPrismaClient()).prisma;
