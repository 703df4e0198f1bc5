import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { INVALID_LINK_MESSAGE, LOCKED_MESSAGE, SERVER_RETRY_MESSAGE, createSaveQueue } from "./save-queue";
import { TOKEN, KEY, MemoryStorage, FakeWindow, manualServer, autoServer, ok, makeQueue, settle } from "./save-queue-harness";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-29T10:00:00.000Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("sending", () => {
  test("an answer is sent at once with the respondent's answeredAt, then reported saved", async () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send });
    expect(q.getState().status).toBe("idle");
    q.enqueue("cx.a.1", 4);
    expect(send).toHaveBeenCalledTimes(1);
    expect(calls[0]!.answer).toEqual({ itemKey: "cx.a.1", value: 4, answeredAt: "2026-11-29T10:00:00.000Z" });
    expect(q.getState()).toMatchObject({ status: "saving", pendingCount: 1, answers: { "cx.a.1": 4 } });
    calls[0]!.resolve(ok(calls[0]!.answer));
    await settle();
    expect(q.getState()).toMatchObject({ status: "saved", pendingCount: 0, error: null });
  });

  test("don't know (null) is a real answer and is sent", async () => {
    const { send } = autoServer();
    const q = makeQueue({ send });
    q.enqueue("x", null);
    await settle();
    expect(send).toHaveBeenCalledWith({ itemKey: "x", value: null, answeredAt: expect.any(String) });
    expect(q.getState().status).toBe("saved");
  });

  test("at most `concurrency` requests at once, never two for the same item", async () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send, concurrency: 2 });
    q.enqueue("a", 1);
    q.enqueue("a", 2);
    q.enqueue("b", 1);
    q.enqueue("c", 1);
    expect(calls.map((c) => [c.answer.itemKey, c.answer.value])).toEqual([
      ["a", 1],
      ["b", 1],
    ]);
    calls[0]!.resolve(ok(calls[0]!.answer));
    await settle();
    // "a" is free again: its newer answer goes before "c" (which was queued later).
    expect(calls.map((c) => [c.answer.itemKey, c.answer.value])).toEqual([
      ["a", 1],
      ["b", 1],
      ["a", 2],
    ]);
    calls[1]!.resolve(ok(calls[1]!.answer));
    await settle();
    expect(calls[3]!.answer).toMatchObject({ itemKey: "c", value: 1 });
    expect(q.getState().pendingCount).toBe(2);
  });

  test("subscribers get a new snapshot object on every visible change", async () => {
    const { send } = autoServer();
    const q = makeQueue({ send });
    const seen: string[] = [];
    const unsubscribe = q.subscribe((s) => seen.push(s.status));
    const before = q.getState();
    q.enqueue("a", 3);
    expect(q.getState()).not.toBe(before);
    await settle();
    unsubscribe();
    q.enqueue("a", 4);
    expect(seen).toEqual(["saving", "saved"]);
    expect(q.getState()).toBe(q.getState());
  });
});

describe("coalescing", () => {
  test("only the latest pending answer per item is sent", async () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send, concurrency: 1 });
    q.enqueue("blocker", 1); // occupies the only slot
    for (const v of [1, 2, 3, 5] as const) q.enqueue("x", v);
    q.enqueue("y", null);
    q.enqueue("y", 2);
    expect(q.getState().pendingCount).toBe(3);
    calls[0]!.resolve(ok(calls[0]!.answer));
    await settle();
    calls[1]!.resolve(ok(calls[1]!.answer));
    await settle();
    calls[2]!.resolve(ok(calls[2]!.answer));
    await settle();
    expect(calls.map((c) => `${c.answer.itemKey}=${c.answer.value}`)).toEqual(["blocker=1", "x=5", "y=2"]);
    expect(q.getState()).toMatchObject({ status: "saved", pendingCount: 0, answers: { blocker: 1, x: 5, y: 2 } });
  });
});

describe("retry with backoff", () => {
  test("network failure: offline, retried after 1 s, 2 s, 4 s … capped at 30 s, then saved", async () => {
    let fail = true;
    const { send } = autoServer(() => (fail ? "network" : undefined));
    const q = makeQueue({ send });
    q.enqueue("a", 2);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.getState()).toMatchObject({ status: "offline", pendingCount: 1, retryAt: Date.now() + 1000 });

    const gaps = [1000, 2000, 4000, 8000, 16000, 30000, 30000];
    for (const [i, gap] of gaps.entries()) {
      await vi.advanceTimersByTimeAsync(gap - 1);
      expect(send).toHaveBeenCalledTimes(i + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(send).toHaveBeenCalledTimes(i + 2);
    }
    fail = false;
    await vi.advanceTimersByTimeAsync(30000);
    expect(send).toHaveBeenCalledTimes(gaps.length + 2);
    expect(q.getState()).toMatchObject({ status: "saved", pendingCount: 0, retryAt: null });
  });

  test("5xx is retried and reported as a temporary error; success resets the backoff", async () => {
    let status = 503;
    const { send } = autoServer((a) => (status === 200 ? undefined : { status, body: { error: `nope ${a.itemKey}` } }));
    const q = makeQueue({ send });
    q.enqueue("a", 5);
    await settle();
    expect(q.getState()).toMatchObject({ status: "error", error: SERVER_RETRY_MESSAGE });
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2);
    status = 200;
    await vi.advanceTimersByTimeAsync(2000);
    expect(q.getState().status).toBe("saved");
    // A later outage starts again at 1 s.
    status = 500;
    q.enqueue("b", 1);
    await settle();
    expect(q.getState().retryAt).toBe(Date.now() + 1000);
  });

  test("answers given during the wait are sent with the retry, not before", async () => {
    let fail = true;
    const { send } = autoServer(() => (fail ? "network" : undefined));
    const q = makeQueue({ send });
    q.enqueue("a", 1);
    await settle();
    q.enqueue("b", 2);
    q.enqueue("c", 3);
    await settle();
    expect(send).toHaveBeenCalledTimes(1);
    expect(q.getState()).toMatchObject({ status: "offline", pendingCount: 3 });
    fail = false;
    await vi.advanceTimersByTimeAsync(1000);
    expect(q.getState()).toMatchObject({ status: "saved", pendingCount: 0 });
    expect(send.mock.calls.map(([a]) => a.itemKey)).toEqual(["a", "a", "b", "c"]);
  });

  test("an 'online' event retries at once; listeners are removed on stop", async () => {
    const win = new FakeWindow();
    let fail = true;
    const { send } = autoServer(() => (fail ? "network" : undefined));
    const q = makeQueue({ send, events: win });
    q.enqueue("a", 3);
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(send).toHaveBeenCalledTimes(2); // now waiting 2 s
    fail = false;
    win.fire("online");
    await settle();
    expect(send).toHaveBeenCalledTimes(3);
    expect(q.getState().status).toBe("saved");
    expect(win.count("online")).toBe(1);
    q.stop();
    expect(win.count("online")).toBe(0);
    expect(win.count("offline")).toBe(0);
  });

  test("while the device reports offline, pending answers show as offline", async () => {
    const win = new FakeWindow();
    let online = true;
    const { send, calls } = manualServer();
    const q = makeQueue({ send, events: win, isOnline: () => online });
    q.enqueue("a", 1);
    expect(q.getState().status).toBe("saving");
    online = false;
    win.fire("offline");
    expect(q.getState().status).toBe("offline");
    online = true;
    calls[0]!.resolve(ok(calls[0]!.answer));
    await settle();
    expect(q.getState().status).toBe("saved");
  });
});

describe("ordering", () => {
  test("a failed earlier answer is not retried over a later answer for the same item", async () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send });
    q.enqueue("a", 2);
    vi.setSystemTime(new Date("2026-11-29T10:00:05.000Z"));
    q.enqueue("a", 4); // waits: "a" is in flight
    calls[0]!.reject(new TypeError("Failed to fetch"));
    await settle();
    await vi.advanceTimersByTimeAsync(1000);
    expect(calls).toHaveLength(2);
    expect(calls[1]!.answer).toEqual({ itemKey: "a", value: 4, answeredAt: "2026-11-29T10:00:05.000Z" });
    calls[1]!.resolve(ok(calls[1]!.answer));
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(2);
    expect(q.getState().answers).toEqual({ a: 4 });
  });

  test("the earlier answer's success does not hide the later one, which is still sent", async () => {
    const { send, calls } = manualServer();
    const onSaved = vi.fn();
    const q = makeQueue({ send, onSaved });
    q.enqueue("a", 2);
    q.enqueue("a", 4);
    calls[0]!.resolve(ok(calls[0]!.answer, { value: 2, applied: true }));
    await settle();
    expect(onSaved).not.toHaveBeenCalled(); // not the latest answer any more
    expect(q.getState()).toMatchObject({ status: "saving", pendingCount: 1, answers: { a: 4 } });
    expect(calls[1]!.answer.value).toBe(4);
    calls[1]!.resolve(ok(calls[1]!.answer, { version: 2 }));
    await settle();
    expect(onSaved).toHaveBeenCalledWith({ itemKey: "a", value: 4, version: 2, applied: true });
  });

  test("answeredAt strictly increases even if the device clock steps back", () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send, concurrency: 5 });
    q.enqueue("a", 1);
    vi.setSystemTime(new Date("2026-11-29T09:59:00.000Z"));
    q.enqueue("b", 1);
    q.enqueue("c", 1);
    const times = calls.map((c) => c.answer.answeredAt);
    expect(times).toEqual(["2026-11-29T10:00:00.000Z", "2026-11-29T10:00:00.001Z", "2026-11-29T10:00:00.002Z"]);
  });
});

describe("applied = false (a newer answer was given elsewhere)", () => {
  test("the server's value replaces the local one and is flagged", async () => {
    const { send, calls } = manualServer();
    const onSaved = vi.fn();
    const q = makeQueue({ send, onSaved });
    q.enqueue("a", 2);
    calls[0]!.resolve(ok(calls[0]!.answer, { value: 5, version: 7, applied: false }));
    await settle();
    expect(q.getState()).toMatchObject({ status: "saved", answers: { a: 5 }, updatedElsewhere: { a: true } });
    expect(onSaved).toHaveBeenCalledWith({ itemKey: "a", value: 5, version: 7, applied: false });
    q.enqueue("a", 1);
    expect(q.getState().updatedElsewhere).toEqual({});
  });

  test("server keeps don't know (null) as the newer answer", async () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send });
    q.enqueue("a", 2);
    calls[0]!.resolve(ok(calls[0]!.answer, { value: null, applied: false }));
    await settle();
    expect(q.getState().answers).toEqual({ a: null });
  });

  test("ignored when an even newer local answer is still to be sent", async () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send });
    q.enqueue("a", 2);
    q.enqueue("a", 3);
    calls[0]!.resolve(ok(calls[0]!.answer, { value: 5, applied: false }));
    await settle();
    expect(q.getState().answers).toEqual({ a: 3 });
    expect(q.getState().updatedElsewhere).toEqual({});
    expect(calls[1]!.answer.value).toBe(3);
  });

  test("end to end with a server that keeps the newest answeredAt: two tabs", async () => {
    const { send, store } = autoServer();
    const tab1 = makeQueue({ send });
    const tab2 = makeQueue({ send });
    // Tab 1's answer is given first but reaches the server last (it was offline).
    tab1.enqueue("a", 1);
    vi.setSystemTime(new Date("2026-11-29T10:01:00.000Z"));
    await settle();
    store.clear();
    tab2.enqueue("a", 5);
    await settle();
    const late = createSaveQueue({ token: TOKEN, send, isOnline: () => true });
    vi.setSystemTime(new Date("2026-11-29T10:00:30.000Z"));
    late.enqueue("a", 2); // answered before tab 2's 10:01
    await settle();
    expect(store.get("a")!.value).toBe(5);
    expect(late.getState().answers).toEqual({ a: 5 });
    expect(late.getState().updatedElsewhere).toEqual({ a: true });
  });
});

describe("client errors (4xx)", () => {
  test("a refused item is not retried; the error is reported; other items carry on", async () => {
    const { send } = autoServer((a) => (a.itemKey === "bad" ? { status: 422, body: { error: "Unknown statement." } } : undefined));
    const storage = new MemoryStorage();
    const q = makeQueue({ send, storage });
    q.enqueue("bad", 3);
    q.enqueue("good", 4);
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(q.getState()).toMatchObject({
      status: "error",
      error: "Unknown statement.",
      itemErrors: { bad: "Unknown statement." },
      pendingCount: 0,
    });
    expect(storage.data.has(KEY)).toBe(false);
  });

  test("without a server message the error still says what to do", async () => {
    const { send } = autoServer(() => ({ status: 400, body: "not json" }));
    const q = makeQueue({ send });
    q.enqueue("a", 3);
    await settle();
    expect(q.getState().error).toMatch(/could not be saved \(error 400\)/);
  });

  test("answering the item again clears its error", async () => {
    let refuse = true;
    const { send } = autoServer(() => (refuse ? { status: 400, body: { error: "Bad value." } } : undefined));
    const q = makeQueue({ send });
    q.enqueue("a", 3);
    await settle();
    expect(q.getState().status).toBe("error");
    refuse = false;
    q.enqueue("a", 4);
    await settle();
    expect(q.getState()).toMatchObject({ status: "saved", itemErrors: {}, error: null });
  });

  test("409: the questionnaire is closed — everything stops, storage is cleared, new answers are refused", async () => {
    const { send, calls } = manualServer();
    const storage = new MemoryStorage();
    const q = makeQueue({ send, storage, concurrency: 1 });
    q.enqueue("a", 1);
    q.enqueue("b", 2);
    expect(storage.stored()).toHaveLength(2);
    calls[0]!.resolve({ status: 409, body: null });
    await settle();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(calls).toHaveLength(1);
    expect(q.getState()).toMatchObject({ status: "error", halted: "locked", error: LOCKED_MESSAGE, pendingCount: 0 });
    expect(storage.data.has(KEY)).toBe(false);
    expect(q.enqueue("c", 3)).toBe(false);
    expect(calls).toHaveLength(1);
    expect(storage.data.has(KEY)).toBe(false);
  });

  test("409 with the server's reason (e.g. already submitted in another tab) shows that reason", async () => {
    const reason = "You have submitted this questionnaire; your answers can no longer change.";
    const q = makeQueue({ send: autoServer(() => ({ status: 409, body: { error: reason } })).send });
    q.enqueue("a", 1);
    await settle();
    expect(q.getState()).toMatchObject({ status: "error", halted: "locked", error: reason });
  });

  test("404: the link is invalid — sending stops but the answers stay on the device", async () => {
    const { send } = autoServer(() => ({ status: 404, body: null }));
    const storage = new MemoryStorage();
    const q = makeQueue({ send, storage });
    q.enqueue("a", 1);
    await settle();
    expect(q.getState()).toMatchObject({ halted: "invalid-link", error: INVALID_LINK_MESSAGE });
    expect(storage.stored().map((a) => a.itemKey)).toEqual(["a"]);
  });
});

describe("whenSettled", () => {
  test("resolves true once everything is saved", async () => {
    const { send, calls } = manualServer();
    const q = makeQueue({ send });
    q.enqueue("a", 1);
    const done = q.whenSettled(5000);
    calls[0]!.resolve(ok(calls[0]!.answer));
    await settle();
    await expect(done).resolves.toBe(true);
    await expect(q.whenSettled(10)).resolves.toBe(true);
  });

  test("resolves false on timeout while offline", async () => {
    const q = makeQueue({ send: autoServer(() => "network").send });
    q.enqueue("a", 1);
    const done = q.whenSettled(3000);
    await vi.advanceTimersByTimeAsync(3000);
    await expect(done).resolves.toBe(false);
  });
});
