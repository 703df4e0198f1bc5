import { defineConfig } from "vitest/config";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(fileURLToPath(import.meta.url));

// Two projects: fast pure unit tests, and integration tests that open real databases
// (PGlite always; PostgreSQL too when DATABASE_URL points at a server).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // "server-only" throws outside React Server Components; the modules it guards are tested directly.
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // Sealed link tokens need an installation secret; tests use a fixed, obviously fake one.
    env: { AUTH_SECRET: "test-only-secret-not-for-production-0123456789" },
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"],
          exclude: ["e2e/**", "node_modules/**"],
          // A few unit tests render a PDF or fit models on synthetic pools (seconds on a busy machine): they
          // assert results, not speed (bench/ measures speed), so a loaded CI core must not fail them.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          exclude: ["e2e/**", "node_modules/**"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // Every file opens its own database copy (tests/integration/support/test-database.ts), so files
          // run side by side on the machine's cores.
          fileParallelism: true,
          maxWorkers: 2,
          globalSetup: ["tests/integration/support/global-setup.ts"],
        },
      },
    ],
  },
});
