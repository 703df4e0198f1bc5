// The reference ceiling for load figures: a bare node:http server on this machine that reads the
// same JSON body and answers the same small JSON, with no framework and no database.
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 3299);
createServer((req, res) => {
  let body = "";
  req.on("data", (c: Buffer) => {
    body += c.toString();
  });
  req.on("end", () => {
    let itemKey = "";
    try {
      itemKey = String((JSON.parse(body || "{}") as { itemKey?: unknown }).itemKey ?? "");
    } catch {
      /* GET */
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ itemKey, value: 3, version: 1, applied: true }));
  });
}).listen(port, "127.0.0.1", () => console.log(`reference server on ${port}`));
