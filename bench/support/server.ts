// Starts the production build the way `npm start` serves it (scripts/serve.ts: one worker per core on
// PostgreSQL, or `workers`) against a given database for a benchmark, and stops it.
import { spawn, type ChildProcess } from "node:child_process";
import { chromium } from "@playwright/test";

export async function startServer(
  databaseUrl: string,
  port: number,
  workers?: number,
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    BIND_ADDRESS: "127.0.0.1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  if (workers) env.MEYAR_WORKERS = String(workers);
  const child = spawn("npx", ["tsx", "scripts/serve.ts"], {
    env,
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error("server did not start within 120 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once("exit", () => resolve());
        if (child.pid) process.kill(-child.pid, "SIGTERM");
      }),
  };
}

/**
 * Signs in through the real sign-in form in headless Chromium and returns the session cookie header.
 * (The credentials endpoint accepts only the single-use challenge the form's first step issues, so a
 * password posted to it directly opens nothing.)
 */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/sign-in`);
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/orgs$/, { timeout: 60_000 });
    const cookie = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
    if (!cookie) throw new Error("sign-in failed: no session cookie");
    return `${cookie.name}=${cookie.value}`;
  } finally {
    await browser.close();
  }
}
