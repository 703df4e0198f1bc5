// The public base URL used in e-mailed links.
import "server-only";
export function appBaseUrl(env: Record<string, string | undefined> = process.env): string {
  return env.APP_URL ?? env.AUTH_URL ?? `http://localhost:${env.PORT ?? 3000}`;
}
