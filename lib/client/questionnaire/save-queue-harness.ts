// What the autosave queue's tests share: an in-memory storage, a fake window for online/offline, and
// two servers (one answered by hand, one that answers like the real route). Fake timers drive time.
import { vi } from "vitest";
import type { AnswerValue } from "../../view/questionnaire/sections";
import type { AnswerToSave } from "../../view/questionnaire/answer-protocol.ts";
import type { SendResponse } from "./answer-sender";
import { storageKey, type StorageLike } from "./pending-answers";
import { createSaveQueue, type SaveQueueOptions } from "./save-queue";

export const TOKEN = "tok_123";
export const KEY = storageKey(TOKEN);

export class MemoryStorage implements StorageLike {
  readonly data = new Map<string, string>();
  getItem(k: string) {
    return this.data.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    this.data.set(k, v);
  }
  removeItem(k: string) {
    this.data.delete(k);
  }
  stored(): AnswerToSave[] {
    const raw = this.data.get(KEY);
    return raw ? (JSON.parse(raw) as { answers: AnswerToSave[] }).answers : [];
  }
}

export class FakeWindow {
  private readonly listeners = new Map<string, Set<() => void>>();
  addEventListener(type: string, l: () => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(l);
  }
  removeEventListener(type: string, l: () => void) {
    this.listeners.get(type)?.delete(l);
  }
  fire(type: string) {
    for (const l of this.listeners.get(type) ?? []) l();
  }
  count(type: string) {
    return this.listeners.get(type)?.size ?? 0;
  }
}

interface Call {
  answer: AnswerToSave;
  resolve: (r: SendResponse) => void;
  reject: (e: unknown) => void;
}

/** A `send` whose requests stay open until the test answers them. */
export function manualServer() {
  const calls: Call[] = [];
  const send = vi.fn(
    (answer: AnswerToSave) =>
      new Promise<SendResponse>((resolve, reject) => {
        calls.push({ answer, resolve, reject });
      }),
  );
  return { send, calls };
}

/** A `send` that answers at once like the real server (keeps the newest answeredAt per item). */
export function autoServer(respond?: (a: AnswerToSave) => SendResponse | "network" | undefined) {
  const store = new Map<string, { value: AnswerValue; answeredAt: string; version: number }>();
  const send = vi.fn(async (a: AnswerToSave): Promise<SendResponse> => {
    const scripted = respond?.(a);
    if (scripted === "network") throw new TypeError("Failed to fetch");
    if (scripted) return scripted;
    const have = store.get(a.itemKey);
    if (have && Date.parse(have.answeredAt) > Date.parse(a.answeredAt))
      return { status: 200, body: { itemKey: a.itemKey, value: have.value, version: have.version, applied: false } };
    const version = (have?.version ?? 0) + 1;
    store.set(a.itemKey, { value: a.value, answeredAt: a.answeredAt, version });
    return { status: 200, body: { itemKey: a.itemKey, value: a.value, version, applied: true } };
  });
  return { send, store };
}

export const ok = (a: AnswerToSave, extra: Partial<{ value: AnswerValue; version: number; applied: boolean }> = {}): SendResponse => ({
  status: 200,
  body: { itemKey: a.itemKey, value: a.value, version: 1, applied: true, ...extra },
});

export function makeQueue(opts: Partial<SaveQueueOptions> & Pick<SaveQueueOptions, "send">) {
  const q = createSaveQueue({ token: TOKEN, isOnline: () => true, ...opts });
  q.start();
  return q;
}

/** Lets pending promise callbacks run (fake timers do not advance on their own). */
export const settle = () => vi.advanceTimersByTimeAsync(0);

interface BatchCall {
  answers: AnswerToSave[];
  resolve: (r: SendResponse) => void;
  reject: (e: unknown) => void;
}

/** A `sendBatch` whose requests stay open until the test answers them. */
export function manualBatchServer() {
  const calls: BatchCall[] = [];
  const sendBatch = vi.fn(
    (answers: AnswerToSave[]) =>
      new Promise<SendResponse>((resolve, reject) => {
        calls.push({ answers, resolve, reject });
      }),
  );
  return { sendBatch, calls };
}

/** The 200 reply to a batch, every answer applied unless `kept` names the server's newer value. */
export const okBatch = (answers: AnswerToSave[], kept: Record<string, AnswerValue> = {}): SendResponse => ({
  status: 200,
  body: {
    answers: answers.map((a) =>
      a.itemKey in kept
        ? { itemKey: a.itemKey, value: kept[a.itemKey], version: 2, applied: false }
        : { itemKey: a.itemKey, value: a.value, version: 1, applied: true },
    ),
  },
});
