import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The domain core stays framework-free (see README, architecture).
    files: ["lib/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["next", "next/*", "react", "react-dom", "@prisma/*", "**/db/**", "@/lib/platform/*"] }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/platform/db/generated/**", ".data/**", ".pw-home/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "bench/out/**"]),
]);
