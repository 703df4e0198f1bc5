// CSRF defence for cookie-authenticated route handlers: a state-changing request must come from our
// own pages. Browsers always send Origin on cross-site POST/PUT/PATCH/DELETE and Sec-Fetch-Site on
// every request, so a request that proves neither same origin is refused. (Server actions get the
// same check from Next.js itself; API-key routes carry no cookies and need none.)

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export interface OriginFacts {
  method: string;
  /** The Host (or X-Forwarded-Host behind a trusted proxy) the request was sent to. */
  host: string | null;
  origin: string | null;
  secFetchSite: string | null;
}

export function isSameOriginRequest({ method, host, origin, secFetchSite }: OriginFacts): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  if (secFetchSite) return secFetchSite === "same-origin";
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

export function originFacts(request: Request): OriginFacts {
  const h = request.headers;
  return {
    method: request.method,
    host: h.get("x-forwarded-host") ?? h.get("host"),
    origin: h.get("origin"),
    secFetchSite: h.get("sec-fetch-site"),
  };
}
