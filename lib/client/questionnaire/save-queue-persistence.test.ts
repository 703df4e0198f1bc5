import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createSaveQueue } from "./save-queue";
import type { StorageLike } from "./pending-answers";
import { TOKEN, KEY, MemoryStorage, manualServer, autoServer, ok, makeQueue, settle } from "./save-queue-harness";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-11-29T10:00:00.000Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

describe("persistence across reloads", () => {
  test("pending answers are stored per token and re-sent by a new queue on start", async () => {
    const storage = new MemoryStorage();
    const dead = autoServer(() => "network");
    const first = makeQueue({ send: dead.send, storage });
    first.enqueue("a", 2);
    first.enqueue("b", null);
    await settle();
    expect(storage.stored()).toEqual([
      { itemKey: "a", value: 2, answeredAt: "2026-11-29T10:00:00.000Z" },
      { itemKey: "b", value: null, answeredAt: "2026-11-29T10:00:00.001Z" },
    ]);
    first.stop(); // the tab is closed

    const live = autoServer();
    const second = createSaveQueue({ token: TOKEN, send: live.send, storage, isOnline: () => true });
    expect(live.send).not.toHaveBeenCalled(); // creating a queue has no side effects (server rendering)
    second.start();
    expect(second.getState()).toMatchObject({ answers: { a: 2, b: null }, pendingCount: 2 });
    await settle();
    expect(live.send.mock.calls.map(([a]) => a)).toEqual([
      { itemKey: "a", value: 2, answeredAt: "2026-11-29T10:00:00.000Z" },
      { itemKey: "b", value: null, answeredAt: "2026-11-29T10:00:00.001Z" },
    ]);
    expect(second.getState().status).toBe("saved");
    expect(storage.data.has(KEY)).toBe(false);
  });

  test("an answer in flight when the tab crashed is kept, and new answers stay newer than restored ones", async () => {
    const storage = new MemoryStorage();
    const hung = manualServer();
    makeQueue({ send: hung.send, storage }).enqueue("a", 3);
    vi.setSystemTime(new Date("2026-11-29T09:00:00.000Z")); // clock stepped back after the crash
    const live = manualServer();
    const q = makeQueue({ send: live.send, storage });
    expect(live.calls[0]!.answer).toMatchObject({ itemKey: "a", value: 3 });
    q.enqueue("a", 4);
    live.calls[0]!.resolve(ok(live.calls[0]!.answer));
    await settle();
    expect(live.calls[1]!.answer.answeredAt > "2026-11-29T10:00:00.000Z").toBe(true);
  });

  test("different tokens do not share storage", async () => {
    const storage = new MemoryStorage();
    makeQueue({ send: autoServer(() => "network").send, storage }).enqueue("a", 1);
    const other = createSaveQueue({ token: "other", send: autoServer().send, storage, isOnline: () => true });
    other.start();
    expect(other.getState().answers).toEqual({});
  });

  test("one tab's saves do not delete another tab's unsaved answers", async () => {
    const storage = new MemoryStorage();
    const offlineTab = makeQueue({ send: autoServer(() => "network").send, storage });
    const onlineTab = makeQueue({ send: autoServer().send, storage });
    offlineTab.enqueue("a", 1);
    onlineTab.enqueue("b", 2);
    await settle();
    expect(onlineTab.getState().status).toBe("saved");
    expect(storage.stored().map((x) => `${x.itemKey}=${x.value}`)).toEqual(["a=1"]);
  });

  test("corrupt or foreign storage content is ignored; a throwing storage does not stop saving", async () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, "{not json");
    const q1 = makeQueue({ send: autoServer().send, storage });
    expect(q1.getState().pendingCount).toBe(0);
    storage.setItem(
      KEY,
      JSON.stringify({
        v: 1,
        answers: [
          { itemKey: "a", value: 9, answeredAt: "x" },
          { itemKey: "b", value: 1, answeredAt: "2026-01-01T00:00:00.000Z" },
        ],
      }),
    );
    const q2 = makeQueue({ send: autoServer().send, storage });
    expect(q2.getState().answers).toEqual({ b: 1 });

    const broken: StorageLike = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => {
        throw new Error("SecurityError");
      },
    };
    const { send } = autoServer();
    const q3 = makeQueue({ send, storage: broken });
    q3.enqueue("a", 1);
    await settle();
    expect(q3.getState().status).toBe("saved");
  });

  test("clear() forgets pending answers (after submitting)", () => {
    const storage = new MemoryStorage();
    const q = makeQueue({ send: autoServer(() => "network").send, storage });
    q.enqueue("a", 1);
    q.clear();
    expect(storage.data.has(KEY)).toBe(false);
  });
});
