// Starts the production build the way `npm start` serves it (scripts/serve.ts: one worker per core on
// PostgreSQL, or `workers`) against a given database for a benchmark, and stops it.
import { spawn, type ChildProcess } from "node:child_process";

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

/** Signs in through Auth.js's credentials endpoint and returns the session cookie header. */
export async function signInCookie(url: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const jar = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${url}/orgs` }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c?.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in failed (${res.status})`);
  return session;
}
