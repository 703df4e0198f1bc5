import "server-only";
import { headers } from "next/headers";
import { appBaseUrl } from "./app-url.ts";
import { env } from "../env.ts";

/** The origin the visitor used, for links shown on screen (e-mails use APP_URL). */
export async function requestOrigin(): Promise<string> {
  if (env().APP_URL) return appBaseUrl();
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return appBaseUrl();
  const proto = h.get("x-forwarded-proto") ?? (host.startsWith("localhost") || host.startsWith("127.") ? "http" : "https");
  return `${proto}://${host}`;
}
