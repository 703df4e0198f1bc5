// The client address for rate limits (sign-in, bad personal links).
//
// Next's own server keeps an incoming X-Forwarded-For as the client sent it, and only fills it from
// the socket when it is absent (next/dist/server/base-server.js: `x-forwarded-for ??= socket
// address`), so behind `next start` a client can choose the address it is counted under. Meyar's
// server (scripts/serve.ts, what `npm start` runs) therefore settles the address before Next sees
// the request and hands it on in CLIENT_IP_HEADER, removing any value a client sent:
//   - TRUST_PROXY unset/false (default): the connection's own address; forwarded headers ignored;
//   - TRUST_PROXY=true: the address TRUST_PROXY_HOPS (default 1) proxies in front of Meyar saw,
//     i.e. the entry that many places from the right of X-Forwarded-For + the connection address.
// Without that header (plain `next dev`/`next start`), the last X-Forwarded-For entry is used: the
// socket address when the client sent none, a client-chosen one otherwise (documented in
// docs/SECURITY.md as the reason to run `npm start`).
import type { IncomingHttpHeaders } from "node:http";
import { env as currentEnv } from "../env.ts";

export const CLIENT_IP_HEADER = "x-meyar-client-ip";

export interface ProxyTrust {
  trustProxy: boolean;
  hops: number;
}

export function proxyTrustFromEnv(env: Record<string, string | undefined> = currentEnv()): ProxyTrust {
  const trustProxy = env.TRUST_PROXY === "true" || env.TRUST_PROXY === "1";
  const hops = Number.parseInt(env.TRUST_PROXY_HOPS ?? "1", 10);
  return { trustProxy, hops: Number.isFinite(hops) && hops >= 1 ? Math.min(hops, 10) : 1 };
}

const MAX_ADDRESS_LENGTH = 64;
const clean = (s: string | undefined | null): string | null => {
  const v = s?.trim().replace(/^::ffff:/, "");
  return v && v.length <= MAX_ADDRESS_LENGTH ? v : null;
};

/**
 * The client address of a raw Node request: used by the server before Next runs. `forwardedFor`
 * is the X-Forwarded-For the request arrived with, `socketAddress` the peer of the connection.
 */
export function resolveClientIp(
  forwardedFor: string | string[] | undefined,
  socketAddress: string | undefined,
  trust: ProxyTrust,
): string | null {
  const socket = clean(socketAddress);
  if (!trust.trustProxy) return socket;
  const raw = Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? "");
  const chain = [
    ...raw
      .split(",")
      .map(clean)
      .filter((x): x is string => x !== null),
    ...(socket ? [socket] : []),
  ];
  // The right-most `hops` entries were added by proxies we run; the one before is what the
  // outermost of them saw. Anything further left was written by the client and is ignored.
  return chain[Math.max(0, chain.length - 1 - trust.hops)] ?? socket;
}

/** Rewrites a raw Node request's headers so that only the settled address reaches the app. */
export function settleClientIp(
  headers: IncomingHttpHeaders,
  socketAddress: string | undefined,
  trust: ProxyTrust = proxyTrustFromEnv(),
): void {
  const ip = resolveClientIp(headers["x-forwarded-for"], socketAddress, trust);
  delete headers[CLIENT_IP_HEADER];
  if (ip) headers[CLIENT_IP_HEADER] = ip;
  if (!trust.trustProxy) {
    // Nothing downstream may mistake a client's own claim for a proxy's.
    delete headers["x-real-ip"];
    if (ip) headers["x-forwarded-for"] = ip;
    else delete headers["x-forwarded-for"];
  }
}

/** The client address of a request inside the app (route handlers, pages, Auth.js authorize). */
export function clientIpFrom(headers: Headers): string | null {
  const settled = clean(headers.get(CLIENT_IP_HEADER));
  if (settled) return settled;
  const forwarded = headers.get("x-forwarded-for")?.split(",");
  return clean(forwarded?.[forwarded.length - 1]);
}
