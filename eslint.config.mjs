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
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react-dom", "@prisma/*", "**/db/**", "@/lib/platform/*"] },
      ],
    },
  },
  // ---- One data-access style (issue 18, branch guard) ----------------------------------------
  // Pages, routes and components never talk to Prisma: they call a feature (lib/features/*) and
  // pass it the database. Routes and pages may import the singleton `db` from
  // @/lib/platform/db/prisma only to hand it to a feature; the generated client and @prisma/* are
  // type-only here, and a query on `db` (db.model.findMany(...), db.$queryRaw`...`) is refused.
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@prisma/*", "**/db/generated/*", "**/db/generated/**"],
              allowTypeImports: true,
              message: "Pages and components call features (lib/features); only types may come from the generated client.",
            },
            {
              group: ["**/db/connect", "**/db/connect.ts"],
              allowTypeImports: true,
              message: "Use the singleton `db` from @/lib/platform/db/prisma and pass it to a feature.",
            },
          ],
        },
      ],
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.object.type='MemberExpression'][callee.object.object.name='db']",
          message: "No queries in app/ or components/: move this into a feature function that takes `db` (lib/features/*).",
        },
        {
          selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='db'][callee.property.name=/^\\$/]",
          message: "No queries in app/ or components/: move this into a feature or platform function that takes `db`.",
        },
        {
          selector: "TaggedTemplateExpression[tag.type='MemberExpression'][tag.object.name='db']",
          message: "No raw SQL in app/ or components/: move this into a platform/feature function that takes `db`.",
        },
      ],
    },
  },
  {
    // Components render; they do not even hold the database.
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/lib/platform/db/prisma", "**/db/prisma", "**/db/prisma.ts"],
              message: "Components get data from their page, never the database.",
            },
          ],
        },
      ],
    },
  },
  // ---- end: one data-access style ----------------------------------------------------------------
  {
    // Layer boundaries (README, architecture; issue 18). Each zone lists what a folder may NOT import:
    // domain is the pure core, view and client sit on it, platform is infrastructure that knows no
    // feature, features serve delivery and pages, and components render view models only.
    // eslint-plugin-import 2.32 has no type-only exemption, so types components need live in lib/view.
    files: ["lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          basePath: import.meta.dirname,
          zones: [
            {
              target: "./lib/domain",
              from: ["./lib/view", "./lib/client", "./lib/platform", "./lib/features", "./lib/delivery", "./app", "./components"],
              message: "lib/domain imports only lib/domain.",
            },
            {
              target: "./lib/view",
              from: ["./lib/client", "./lib/platform", "./lib/features", "./lib/delivery", "./app", "./components"],
              message: "lib/view imports only lib/view and lib/domain.",
            },
            {
              target: "./lib/client",
              from: ["./lib/platform", "./lib/features", "./lib/delivery", "./app", "./components"],
              message: "lib/client imports only lib/client, lib/view and lib/domain.",
            },
            {
              target: "./lib/platform",
              from: ["./lib/features", "./lib/delivery", "./lib/client", "./app", "./components"],
              message: "lib/platform never imports features, delivery, client, app or components.",
            },
            {
              target: "./lib/features",
              from: ["./lib/delivery", "./lib/client", "./app", "./components"],
              message: "lib/features never imports delivery, client, app or components.",
            },
            {
              target: "./lib/delivery",
              from: ["./lib/client", "./app", "./components"],
              message: "lib/delivery never imports client, app or components.",
            },
            {
              target: "./components",
              from: ["./lib/platform", "./lib/features", "./lib/delivery"],
              message: "components import only lib/view, lib/domain and lib/client.",
            },
            // Server actions ("use server" actions.ts files) are the one thing a form may take from app/:
            // Next.js turns them into calls to the server, no server code reaches the browser.
            {
              target: "./components",
              from: "./app/**",
              except: ["**/actions.ts"],
              message: "components import only lib/view, lib/domain, lib/client and server actions.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/platform/db/generated/**",
    ".data/**",
    ".pw-home/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "bench/out/**",
  ]),
]);
