// @ts-check
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

const here = path.dirname(fileURLToPath(import.meta.url));

// A fresh machine has no .env: scripts/prepare.mjs writes a random AUTH_SECRET to .data/ once,
// and the server picks it up here. In production, set AUTH_SECRET in the environment instead.
if (!process.env.AUTH_SECRET) {
  const secretFile = path.join(here, ".data", "auth-secret");
  if (existsSync(secretFile)) process.env.AUTH_SECRET = readFileSync(secretFile, "utf8").trim();
}

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Frame-Options", value: "DENY" },
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
          { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
          // Browsers ignore HSTS on plain http, so local runs are unaffected; behind TLS it pins https.
          ...(process.env.NODE_ENV === "production"
            ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
            : []),
        ],
      },
      {
        // API routes answer JSON and are not run through proxy.ts (which sets pages' nonce CSP):
        // they get a policy that allows nothing.
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

// next-intl finds each request's language and messages here (Persian, Arabic, English; lib/view/i18n).
const withNextIntl = createNextIntlPlugin("./lib/platform/i18n/request.ts");

export default withNextIntl(nextConfig);
