// The installation's secret: AUTH_SECRET from the environment, or the one scripts/prepare.ts
// generated into .data/auth-secret on a developer machine.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { env as currentEnv } from "../env.ts";

export function authSecret(env: Record<string, string | undefined> = currentEnv()): string {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const file = path.join(process.cwd(), ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  throw new Error("AUTH_SECRET is not set (see .env.example).");
}
