// The one JSON body reader: stops at the limit (413) without reading the rest, 400 for non-JSON.
import { describe, expect, it } from "vitest";
import { readJsonBody } from "./json-body.ts";

function streamOf(chunks: number, chunkBytes: number, pulled: { count: number }) {
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled.count >= chunks) return controller.close();
      pulled.count++;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x20));
    },
  });
}

describe("readJsonBody", () => {
  it("reads a JSON body within the limit", async () => {
    expect(await readJsonBody(new Request("http://x/", { method: "POST", body: '{"a":1}' }), 100)).toEqual({ ok: true, body: { a: 1 } });
  });

  it("stops reading an endless body at the limit and answers 413", async () => {
    const pulled = { count: 0 };
    const request = new Request("http://x/", { method: "POST", body: streamOf(1_000_000, 1024, pulled), duplex: "half" } as RequestInit);
    const read = await readJsonBody(request, 64 * 1024);
    expect(read).toMatchObject({ ok: false, failure: { status: 413 } });
    expect(pulled.count).toBeLessThan(70);
  });

  it("refuses a declared Content-Length over the limit before reading", async () => {
    const request = new Request("http://x/", { method: "POST", body: "{}", headers: { "content-length": "999999" } });
    expect(await readJsonBody(request, 1024)).toMatchObject({ ok: false, failure: { status: 413 } });
  });

  it("answers 400 for a body that is not JSON", async () => {
    expect(await readJsonBody(new Request("http://x/", { method: "POST", body: "{nope" }))).toMatchObject({
      ok: false,
      failure: { status: 400, error: "The request body must be JSON." },
    });
  });
});
