// The save queue with a batch sender: what piles up while a request is under way goes in ONE request,
// and every guarantee of single saves (newest answer per item, nothing lost, precise refusals) holds.
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { LOCKED_MESSAGE, MAX_BATCH_ANSWERS } from "./save-queue";
import { MemoryStorage, manualBatchServer, manualServer, makeQueue, ok, okBatch, settle } from "./save-queue-harness";

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date("2026-12-07T10:00:00.000Z"));
});

afterEach(() => {
  vi.useRealTimers();
});

/** A queue with concurrency 1: the first answer goes alone, what comes while it is under way waits. */
function queueWithBatches(storage?: MemoryStorage) {
  const single = manualServer();
  const batch = manualBatchServer();
  const q = makeQueue({ send: single.send, sendBatch: batch.sendBatch, concurrency: 1, storage });
  return { q, single, batch };
}

describe("batched saves", () => {
  test("answers given while a save is under way go together in one request, each acknowledged", async () => {
    const { q, single, batch } = queueWithBatches();
    q.enqueue("a", 1);
    q.enqueue("b", 2);
    q.enqueue("c", 3);
    q.enqueue("b", 4);
    expect(single.calls.map((c) => c.answer.itemKey)).toEqual(["a"]);
    expect(batch.calls).toHaveLength(0);
    single.calls[0]!.resolve(ok(single.calls[0]!.answer));
    await settle();
    // One request for the rest, with only the newest answer for "b" (in the order last given).
    expect(batch.calls).toHaveLength(1);
    expect(batch.calls[0]!.answers.map((a) => [a.itemKey, a.value])).toEqual([
      ["c", 3],
      ["b", 4],
    ]);
    expect(q.getState().pendingCount).toBe(2);
    batch.calls[0]!.resolve(okBatch(batch.calls[0]!.answers));
    await settle();
    expect(q.getState()).toMatchObject({ status: "saved", pendingCount: 0, answers: { a: 1, b: 4, c: 3 } });
  });

  test("a batch never carries more than the limit; the rest follows in the next request", async () => {
    const { q, single, batch } = queueWithBatches();
    q.enqueue("first", 1);
    for (let i = 0; i < MAX_BATCH_ANSWERS + 7; i++) q.enqueue(`item${i}`, 3);
    single.calls[0]!.resolve(ok(single.calls[0]!.answer));
    await settle();
    expect(batch.calls[0]!.answers).toHaveLength(MAX_BATCH_ANSWERS);
    batch.calls[0]!.resolve(okBatch(batch.calls[0]!.answers));
    await settle();
    expect(batch.calls[1]!.answers.map((a) => a.itemKey)).toEqual(Array.from({ length: 7 }, (_, i) => `item${MAX_BATCH_ANSWERS + i}`));
  });

  test("the server's newer answer (another tab) replaces only that item's shown value", async () => {
    const { q, single, batch } = queueWithBatches();
    q.enqueue("a", 1);
    q.enqueue("b", 2);
    q.enqueue("c", 3);
    single.calls[0]!.resolve(ok(single.calls[0]!.answer));
    await settle();
    batch.calls[0]!.resolve(okBatch(batch.calls[0]!.answers, { c: 5 }));
    await settle();
    expect(q.getState()).toMatchObject({ pendingCount: 0, answers: { a: 1, b: 2, c: 5 }, updatedElsewhere: { c: true } });
  });

  test("a newer answer given while its batch is under way is not overwritten by the batch's reply, and is sent next", async () => {
    const { q, single, batch } = queueWithBatches();
    q.enqueue("a", 1);
    q.enqueue("b", 2);
    q.enqueue("c", 3);
    single.calls[0]!.resolve(ok(single.calls[0]!.answer));
    await settle();
    q.enqueue("b", 5);
    batch.calls[0]!.resolve(okBatch(batch.calls[0]!.answers, { b: 2 }));
    await settle();
    expect(q.getState().answers.b).toBe(5);
    expect(single.calls.at(-1)!.answer).toMatchObject({ itemKey: "b", value: 5 });
  });

  test("a network failure keeps every answer of the batch on the device and sends them again", async () => {
    const storage = new MemoryStorage();
    const { q, single, batch } = queueWithBatches(storage);
    q.enqueue("a", 1);
    q.enqueue("b", 2);
    q.enqueue("c", 3);
    single.calls[0]!.resolve(ok(single.calls[0]!.answer));
    await settle();
    batch.calls[0]!.reject(new TypeError("Failed to fetch"));
    await settle();
    expect(q.getState()).toMatchObject({ status: "offline", pendingCount: 2 });
    expect(storage.stored().map((a) => a.itemKey)).toEqual(["b", "c"]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(batch.calls).toHaveLength(2);
    expect(batch.calls[1]!.answers.map((a) => [a.itemKey, a.value])).toEqual([
      ["b", 2],
      ["c", 3],
    ]);
    batch.calls[1]!.resolve(okBatch(batch.calls[1]!.answers));
    await settle();
    expect(q.getState()).toMatchObject({ status: "saved", pendingCount: 0 });
    expect(storage.stored()).toEqual([]);
  });

  test("a refused batch (nothing written) is sent again one answer at a time, so only the refused answer is marked", async () => {
    const { q, single, batch } = queueWithBatches();
    q.enqueue("a", 1);
    q.enqueue("good", 2);
    q.enqueue("unknown", 3);
    single.calls[0]!.resolve(ok(single.calls[0]!.answer));
    await settle();
    batch.calls[0]!.resolve({ status: 422, body: { error: "That statement is not part of this questionnaire." } });
    await settle();
    expect(single.calls.at(-1)!.answer.itemKey).toBe("good");
    single.calls.at(-1)!.resolve(ok(single.calls.at(-1)!.answer));
    await settle();
    expect(single.calls.at(-1)!.answer.itemKey).toBe("unknown");
    single.calls.at(-1)!.resolve({ status: 422, body: { error: "That statement is not part of this questionnaire." } });
    await settle();
    expect(batch.calls).toHaveLength(1);
    expect(q.getState()).toMatchObject({
      status: "error",
      pendingCount: 0,
      itemErrors: { unknown: "That statement is not part of this questionnaire." },
    });
    expect(q.getState().itemErrors.good).toBeUndefined();
  });

  test("a closed questionnaire (409) halts the queue and nothing stays pending", async () => {
    const { q, single, batch } = queueWithBatches();
    q.enqueue("a", 1);
    q.enqueue("b", 2);
    q.enqueue("c", 3);
    single.calls[0]!.resolve(ok(single.calls[0]!.answer));
    await settle();
    batch.calls[0]!.resolve({ status: 409, body: {} });
    await settle();
    expect(q.getState()).toMatchObject({ status: "error", halted: "locked", pendingCount: 0, error: LOCKED_MESSAGE });
    expect(q.enqueue("d", 1)).toBe(false);
  });
});
