// The Content-Security-Policy every page is served with. Scripts run only with the per-request nonce
// (plus what they load, via 'strict-dynamic'): no 'unsafe-inline' for scripts. Styles keep
// 'unsafe-inline' because React style attributes and the charts (Recharts) set inline styles; an
// injected style cannot run code. No upgrade-insecure-requests: HSTS (next.config.js) does that job in
// production without breaking plain-http local runs. Pure, so it is unit-tested; proxy.ts applies it.

/** A fresh, unguessable nonce for one response (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, { development = false }: { development?: boolean } = {}): string {
  if (!/^[A-Za-z0-9+/=]{16,}$/.test(nonce)) throw new Error("A CSP nonce must be at least 16 base64 characters.");
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    // React's development build evaluates code for its debugging aids; production never does.
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}
