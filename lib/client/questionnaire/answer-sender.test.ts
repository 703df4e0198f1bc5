import { describe, expect, test, vi } from "vitest";
import { httpAnswerSender } from "./answer-sender";

describe("httpAnswerSender", () => {
  test("POSTs JSON to the respondent's answers route and returns status and body", async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ itemKey: "a", value: 3, version: 1, applied: true }), { status: 200 }),
    );
    const send = httpAnswerSender("t/ok en", { fetch: fetchMock as unknown as typeof fetch });
    const answer = { itemKey: "a", value: 3 as const, answeredAt: "2026-11-29T10:00:00.000Z" };
    await expect(send(answer)).resolves.toEqual({ status: 200, body: { itemKey: "a", value: 3, version: 1, applied: true } });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/respond/t%2Fok%20en/answers");
    expect(init.method).toBe("POST");
    expect(JSON.parse(init.body as string)).toEqual(answer);
  });

  test("a non-JSON body comes back as null; a network error rejects", async () => {
    const send = httpAnswerSender("t", { fetch: (async () => new Response("<html>", { status: 502 })) as unknown as typeof fetch });
    await expect(send({ itemKey: "a", value: null, answeredAt: "2026-11-29T10:00:00.000Z" })).resolves.toEqual({ status: 502, body: null });
    const failing = httpAnswerSender("t", {
      fetch: (async () => {
        throw new TypeError("Failed to fetch");
      }) as unknown as typeof fetch,
    });
    await expect(failing({ itemKey: "a", value: 1, answeredAt: "2026-11-29T10:00:00.000Z" })).rejects.toThrow("Failed to fetch");
  });
});
