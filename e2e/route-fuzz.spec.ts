// Issue 11: no request, however malformed, answers 500. Every route handler and page of the app is
// found from the file tree (so a new route is covered without editing this file), its dynamic segments
// filled with real, foreign and hostile values, and each method sent signed out and signed in, with
// malformed bodies. Anything refused must be a 4xx (or a redirect), never a server fault.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { storageStateFor } from "./support.ts";

type Kind = "route" | "page";

/** URL patterns of every route.ts and page.tsx under app/, route groups "(x)" dropped. */
function appEndpoints(dir = "app", prefix = ""): { pattern: string; kind: Kind }[] {
  const out: { pattern: string; kind: Kind }[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      const segment = /^\(.*\)$/.test(name) ? "" : `/${name}`;
      out.push(...appEndpoints(full, prefix + segment));
    } else if (name === "route.ts") out.push({ pattern: prefix || "/", kind: "route" });
    else if (name === "page.tsx") out.push({ pattern: prefix || "/", kind: "page" });
  }
  return out;
}

const HOSTILE_SEGMENTS = ["atlas-bank", "does-not-exist", "%00", "..%2F..%2Fetc", "x".repeat(300), "%E2%80%AE", "'--", "<b>"];

/** Concrete paths for a pattern: real demo values, then each hostile value in every dynamic segment. */
function pathsFor(pattern: string): string[] {
  const real: Record<string, string> = { org: "atlas-bank", bank: "cedar-bank", id: "nope", token: "not-a-token", dataset: "scores" };
  const fill = (value: (name: string) => string) =>
    pattern.replace(/\[\.\.\.(\w+)\]|\[(\w+)\]/g, (_m, rest: string | undefined, name: string | undefined) => value(rest ?? name ?? ""));
  const paths = new Set([fill((n) => real[n] ?? "x")]);
  if (pattern.includes("[")) for (const h of HOSTILE_SEGMENTS) paths.add(fill(() => h));
  return [...paths];
}

const BODIES: { type: string; data: string }[] = [
  { type: "application/json", data: "{not json" },
  { type: "application/json", data: "[]" },
  { type: "application/json", data: '{"__proto__":{"admin":true},"value":"9"}' },
  { type: "application/json", data: JSON.stringify({ itemKey: "x".repeat(5000), value: 99 }) },
  { type: "text/plain", data: "\u0000\u0001" },
  { type: "multipart/form-data; boundary=zz", data: "--zz\r\nbroken" },
];

async function sweep(request: APIRequestContext, who: string) {
  const faults: string[] = [];
  const record = async (label: string, run: () => Promise<{ status(): number }>) => {
    const status = (await run()).status();
    if (status >= 500) faults.push(`${who} ${label} → ${status}`);
  };
  for (const { pattern, kind } of appEndpoints()) {
    if (pattern.startsWith("/api/auth")) continue; // Auth.js's own handler, covered by the sign-in tests.
    const [realPath, ...hostilePaths] = pathsFor(pattern);
    for (const p of [realPath ?? pattern, ...hostilePaths]) {
      await record(`GET ${p}`, () => request.get(p, { maxRedirects: 0 }));
      if (kind === "page") continue;
      // Every malformed body on the real path; one on each hostile path (the segment is what is under test there).
      const bodies = p === realPath ? BODIES : BODIES.slice(0, 1);
      for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
        for (const body of bodies) {
          await record(`${method} ${p} ${body.data.slice(0, 20)}`, () =>
            request.fetch(p, { method, headers: { "Content-Type": body.type }, data: body.data, maxRedirects: 0 }),
          );
        }
      }
    }
  }
  return faults;
}

test.describe("every route and page, signed out", () => {
  test.use({ storageState: { cookies: [], origins: [] } });
  test("answers 4xx or a redirect to anything malformed, never 500", async ({ request }) => {
    test.setTimeout(300_000);
    expect(appEndpoints().length).toBeGreaterThan(40);
    expect(await sweep(request, "signed out")).toEqual([]);
  });
});

test.describe("every route and page, signed in as the demo bank's admin", () => {
  test.use({ storageState: storageStateFor("admin") });
  test("answers 4xx or a redirect to anything malformed, never 500", async ({ request }) => {
    test.setTimeout(300_000);
    expect(await sweep(request, "admin")).toEqual([]);
  });
});
