import "server-only";
import { processDb } from "./process-db.ts";

// One client per server process (cached on globalThis: dev-mode reloads and the job worker beside
// Next share it; two PGlite instances on one data folder corrupt it).
export const db = processDb();
