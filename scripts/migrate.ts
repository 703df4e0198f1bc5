// `npm run db:migrate`: applies pending migrations to whichever database DATABASE_URL selects
// (the embedded PGlite store by default). Idempotent; `npm start` does the same on every start.
import { databaseUrl } from "../lib/platform/db/database-url.ts";
import { migrateDeploy } from "../lib/platform/db/migrate.ts";

await migrateDeploy(databaseUrl(), { echo: true });
