// The public base URL used in e-mailed links.
import "server-only";
import { env as currentEnv } from "../env.ts";
export function appBaseUrl(env: Record<string, string | undefined> = currentEnv()): string {
  return env.APP_URL ?? env.AUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
}
