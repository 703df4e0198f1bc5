// The production server (`npm start`, and the e2e server): Next's request handler behind a plain
// Node HTTP server that first settles the client address (lib/platform/http/client-ip.ts). `next
// start` cannot do this: it keeps a client's X-Forwarded-For as sent, so rate limits keyed on it
// could be reset by changing the header on every request.
import { createServer } from "node:http";
import next from "next";
import { proxyTrustFromEnv, settleClientIp } from "../lib/platform/http/client-ip.ts";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const trust = proxyTrustFromEnv();
const app = next({ dev: false, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  settleClientIp(req.headers, req.socket.remoteAddress, trust);
  void handle(req, res);
});
server.listen(port, hostname, () => {
  console.log(`[meyar] listening on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port} (forwarded headers ${trust.trustProxy ? `trusted, ${trust.hops} hop(s)` : "ignored"})`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
