// The client address for rate limits. Behind a proxy the first X-Forwarded-For entry is the
// client; set TRUST_PROXY=false when nothing in front of Meyar rewrites that header.
import "server-only";
export function clientIpFrom(headers: Headers, trustProxy = process.env.TRUST_PROXY !== "false"): string | null {
  if (trustProxy) {
    const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
    if (forwarded) return forwarded;
    const real = headers.get("x-real-ip")?.trim();
    if (real) return real;
  }
  return null;
}
