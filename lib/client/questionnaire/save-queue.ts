// The respondent's autosave queue: every answer is saved the moment it is given, survives reloads and
// crashes (pending answers live in storage), and is retried with backoff while the network or server is down.
// Pure TypeScript, framework-free: `send`, storage, timers, clock and the online/offline event source are
// injected, so it runs unchanged in tests with fake timers.
//
// Ordering guarantee: each answer carries answeredAt (the respondent's clock, strictly increasing within a
// queue). Per item only the latest unsent answer is kept, at most one request per item is in flight, and a
// failed request is put back only if no newer answer for that item arrived meanwhile — so an earlier answer's
// retry can never overwrite a later one. The server applies a write only if it is no older than what it has
// (answer `applied: false` otherwise), which settles races between tabs and devices.
import type { AnswerValue } from "../../view/questionnaire/sections";
import type { AnswerToSave } from "../../view/questionnaire/answer-protocol.ts";
import { batchAcks, errorText, isRetryable, parseAck, type SendResponse } from "./answer-sender";
import { answerTime, clearPendingAnswers, readPendingAnswers, storageKey, writePendingAnswers } from "./pending-answers";
import { describeStatus, sameSnapshot, without, type HaltReason, type SaveQueueOptions, type SaveQueueState } from "./save-queue-state.ts";

export type { SaveStatus, OnlineEventSource, HaltReason, SaveQueueState, SaveQueueOptions } from "./save-queue-state.ts";
export { LOCKED_MESSAGE, INVALID_LINK_MESSAGE, SERVER_RETRY_MESSAGE } from "./save-queue-state.ts";

/** Answers per batch request (the server takes up to 200; a smaller batch keeps a retry cheap). */
export const MAX_BATCH_ANSWERS = 50;

export class SaveQueue {
  private readonly opts: SaveQueueOptions;
  private readonly key: string;
  /** Latest not-yet-sent answer per item, in send order. */
  private pending = new Map<string, AnswerToSave>();
  /** The answer being sent per item (at most one per item). */
  private readonly inFlight = new Map<string, AnswerToSave>();
  /** Requests under way (one answer each, or a batch). */
  private requestsInFlight = 0;
  /** Items a refused batch carried: each is sent on its own next, so the one the server refuses is named. */
  private readonly sendAlone = new Set<string>();
  /** Per item, the newest answeredAt this queue has finished with (confirmed or refused), to prune storage. */
  private readonly settledAt = new Map<string, number>();
  private answers: Record<string, AnswerValue> = {};
  private updatedElsewhere: Record<string, true> = {};
  private itemErrors: Record<string, string> = {};
  private refusedStatus: Record<string, number> = {};
  private lastItemError: string | null = null;
  private failure: "network" | "server" | null = null;
  private halted: HaltReason | null = null;
  private haltMessage: string | null = null;
  private savedAny = false;
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryAt: number | null = null;
  private lastIssued = 0;
  private started = false;
  private readonly listeners = new Set<(state: SaveQueueState) => void>();
  private state: SaveQueueState;

  constructor(opts: SaveQueueOptions) {
    this.opts = opts;
    this.key = storageKey(opts.token);
    this.state = this.computeState();
  }

  // ----- public API -----

  /** Restores answers left in storage (a reload or crash), starts listening for connectivity and sends. Idempotent. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.opts.events?.addEventListener("online", this.handleOnline);
    this.opts.events?.addEventListener("offline", this.handleOffline);
    this.restore();
    this.update();
  }

  /** Stops listening and cancels a scheduled retry. Requests already in flight still complete. */
  stop(): void {
    if (!this.started) return;
    this.started = false;
    this.opts.events?.removeEventListener("online", this.handleOnline);
    this.opts.events?.removeEventListener("offline", this.handleOffline);
    this.clearTimer();
  }

  /** Records an answer now and saves it as soon as possible. Returns false (and does nothing) once halted. */
  enqueue(itemKey: string, value: AnswerValue): boolean {
    if (this.halted) return false;
    const answeredAt = this.issueTimestamp();
    const entry: AnswerToSave = { itemKey, value, answeredAt };
    this.pending.delete(itemKey);
    this.pending.set(itemKey, entry);
    this.answers = { ...this.answers, [itemKey]: value };
    this.updatedElsewhere = without(this.updatedElsewhere, itemKey);
    this.itemErrors = without(this.itemErrors, itemKey);
    this.refusedStatus = without(this.refusedStatus, itemKey);
    this.persist();
    this.update();
    return true;
  }

  /** Skips any backoff wait and sends what is pending now (e.g. a "try again" button, or before submitting). */
  retryNow(): void {
    if (this.halted) return;
    this.clearTimer();
    this.attempt = 0;
    this.update();
  }

  /** Resolves true once nothing is pending, or false after timeoutMs (or when halted). */
  whenSettled(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      const check = (s: SaveQueueState) => {
        if (s.pendingCount === 0) return finish(true);
        if (s.halted) return finish(false);
      };
      let done = false;
      const unsubscribe = this.subscribe(check);
      const timeout = setTimeout(() => finish(false), timeoutMs);
      function finish(ok: boolean) {
        if (done) return;
        done = true;
        clearTimeout(timeout);
        unsubscribe();
        resolve(ok);
      }
      check(this.state);
    });
  }

  /** Forgets everything pending and removes it from storage (after a successful submit). */
  clear(): void {
    this.pending.clear();
    this.clearTimer();
    clearPendingAnswers(this.opts.storage, this.key);
    this.update();
  }

  /** The current snapshot; a new object after every change (suitable for React's useSyncExternalStore). */
  getState = (): SaveQueueState => this.state;

  subscribe = (listener: (state: SaveQueueState) => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  // ----- sending -----

  private pump(): void {
    if (this.halted || this.timer) return;
    const limit = Math.max(1, this.opts.concurrency ?? 2);
    while (this.requestsInFlight < limit) {
      const ready = [...this.pending.values()].filter((e) => !this.inFlight.has(e.itemKey));
      const first = ready[0];
      if (!first) return;
      const together = this.opts.sendBatch && !this.sendAlone.has(first.itemKey);
      const entries = together ? ready.filter((e) => !this.sendAlone.has(e.itemKey)).slice(0, MAX_BATCH_ANSWERS) : [first];
      for (const e of entries) {
        this.pending.delete(e.itemKey);
        this.inFlight.set(e.itemKey, e);
      }
      this.requestsInFlight += 1;
      void (entries.length > 1 ? this.sendMany(entries) : this.sendOne(first));
    }
  }

  private async sendOne(entry: AnswerToSave): Promise<void> {
    let res: SendResponse;
    try {
      res = await this.opts.send(entry);
    } catch {
      this.requestsInFlight -= 1;
      this.fail(entry, "network");
      return;
    }
    this.requestsInFlight -= 1;
    this.sendAlone.delete(entry.itemKey);
    if (res.status >= 200 && res.status < 300) this.succeed(entry, res.body);
    else if (isRetryable(res.status)) this.fail(entry, "server");
    else this.refuse(entry, res.status, errorText(res.body));
  }

  /** One request for several items; the server writes all of them or none. */
  private async sendMany(entries: AnswerToSave[]): Promise<void> {
    let res: SendResponse;
    try {
      res = await this.opts.sendBatch!(entries);
    } catch {
      this.requestsInFlight -= 1;
      // Back to the front in their order (each one is put first, hence the reverse).
      for (const e of [...entries].reverse()) this.fail(e, "network");
      return;
    }
    this.requestsInFlight -= 1;
    if (res.status >= 200 && res.status < 300) {
      const acks = batchAcks(res.body);
      for (const e of entries) this.succeed(e, acks.get(e.itemKey) ?? null);
    } else if (isRetryable(res.status)) {
      for (const e of [...entries].reverse()) this.fail(e, "server");
    } else if (res.status === 422 || res.status === 400 || res.status === 413) {
      // The batch was refused as a whole (one answer the server will not take): nothing was written.
      // Each goes again on its own, so only the refused one is marked and the rest are saved.
      for (const e of [...entries].reverse()) {
        this.inFlight.delete(e.itemKey);
        this.sendAlone.add(e.itemKey);
        if (!this.pending.has(e.itemKey)) this.pending = new Map([[e.itemKey, e], ...this.pending]);
      }
      this.update();
    } else {
      for (const e of entries) this.refuse(e, res.status, errorText(res.body));
    }
  }

  private succeed(entry: AnswerToSave, body: unknown): void {
    const { itemKey } = entry;
    this.inFlight.delete(itemKey);
    this.markSettled(entry);
    this.savedAny = true;
    this.failure = null;
    this.attempt = 0;
    const ack = parseAck(body, entry);
    // A newer local answer for this item is still to be sent: it decides, so this result is not news.
    if (!this.pending.has(itemKey)) {
      if (!ack.applied) {
        this.answers = { ...this.answers, [itemKey]: ack.value };
        if (ack.value !== entry.value) this.updatedElsewhere = { ...this.updatedElsewhere, [itemKey]: true };
      }
      this.opts.onSaved?.(ack);
    }
    this.persist();
    this.update();
  }

  private fail(entry: AnswerToSave, kind: "network" | "server"): void {
    const { itemKey } = entry;
    this.inFlight.delete(itemKey);
    // Put it back at the front unless a newer answer for the item arrived while it was in flight.
    if (!this.pending.has(itemKey) && !this.halted) this.pending = new Map([[itemKey, entry], ...this.pending]);
    this.failure = kind;
    this.scheduleRetry();
    this.update();
  }

  private refuse(entry: AnswerToSave, status: number, serverText: string | null): void {
    const { itemKey } = entry;
    this.inFlight.delete(itemKey);
    if (status === 409) return this.halt("locked", serverText);
    if (status === 401 || status === 403 || status === 404 || status === 410) return this.halt("invalid-link", serverText);
    this.markSettled(entry);
    if (!this.pending.has(itemKey)) {
      const message = serverText ?? `This answer could not be saved (error ${status}). Please choose it again.`;
      this.itemErrors = { ...this.itemErrors, [itemKey]: message };
      this.refusedStatus = { ...this.refusedStatus, [itemKey]: status };
      this.lastItemError = message;
    }
    this.persist();
    this.update();
  }

  private halt(reason: HaltReason, message: string | null): void {
    this.halted = reason;
    this.haltMessage = message;
    this.pending.clear();
    this.clearTimer();
    // A closed questionnaire will never take these answers; an invalid link might be a deployment
    // mistake, so its answers stay on the device and are tried again on the next visit.
    if (reason === "locked") clearPendingAnswers(this.opts.storage, this.key);
    this.update();
  }

  private scheduleRetry(): void {
    if (this.timer || this.halted) return;
    const base = this.opts.baseDelayMs ?? 1000;
    const max = this.opts.maxDelayMs ?? 30_000;
    const delay = Math.min(max, base * 2 ** Math.min(this.attempt, 30));
    this.attempt += 1;
    this.retryAt = Date.now() + delay;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.retryAt = null;
      this.update();
    }, delay);
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.retryAt = null;
  }

  private readonly handleOnline = (): void => {
    this.retryNow();
  };

  private readonly handleOffline = (): void => {
    this.update();
  };

  // ----- persistence -----

  private restore(): void {
    const stored = this.readStored();
    for (const entry of stored) {
      const t = answerTime(entry);
      this.lastIssued = Math.max(this.lastIssued, t);
      if ((this.settledAt.get(entry.itemKey) ?? -Infinity) >= t) continue;
      const mine = this.pending.get(entry.itemKey) ?? this.inFlight.get(entry.itemKey);
      if (mine && answerTime(mine) >= t) continue;
      this.pending.set(entry.itemKey, entry);
      this.answers = { ...this.answers, [entry.itemKey]: entry.value };
    }
  }

  private readStored(): AnswerToSave[] {
    return readPendingAnswers(this.opts.storage, this.key);
  }

  /**
   * Writes every unconfirmed answer of this queue, merged with what other tabs on the same link left in
   * storage (newest per item wins; entries this queue has already settled are pruned).
   */
  private persist(): void {
    if (!this.opts.storage || this.halted === "locked") return;
    const merged = new Map<string, AnswerToSave>();
    const put = (a: AnswerToSave) => {
      const have = merged.get(a.itemKey);
      if (!have || answerTime(a) >= answerTime(have)) merged.set(a.itemKey, a);
    };
    for (const a of this.readStored()) if ((this.settledAt.get(a.itemKey) ?? -Infinity) < answerTime(a)) put(a);
    for (const a of this.inFlight.values()) put(a);
    for (const a of this.pending.values()) put(a);
    writePendingAnswers(this.opts.storage, this.key, [...merged.values()]);
  }

  private markSettled(entry: AnswerToSave): void {
    const t = answerTime(entry);
    if ((this.settledAt.get(entry.itemKey) ?? -Infinity) < t) this.settledAt.set(entry.itemKey, t);
  }

  // ----- state -----

  private issueTimestamp(): string {
    const now = (this.opts.now ?? (() => new Date()))().getTime();
    // Strictly increasing even if the device clock steps back, so a later answer is always "newer".
    const t = Math.max(now, this.lastIssued + 1);
    this.lastIssued = t;
    return new Date(t).toISOString();
  }

  private isOnline(): boolean {
    if (this.opts.isOnline) return this.opts.isOnline();
    return typeof navigator === "undefined" || navigator.onLine !== false;
  }

  private computeState(): SaveQueueState {
    const pendingCount = new Set([...this.pending.keys(), ...this.inFlight.keys()]).size;
    const { status, error } = describeStatus({
      halted: this.halted,
      haltMessage: this.haltMessage,
      pendingCount,
      failure: this.failure,
      online: this.isOnline(),
      itemErrors: this.itemErrors,
      lastItemError: this.lastItemError,
      savedAny: this.savedAny,
    });
    return {
      status,
      pendingCount,
      answers: this.answers,
      updatedElsewhere: this.updatedElsewhere,
      itemErrors: this.itemErrors,
      refusedStatus: this.refusedStatus,
      halted: this.halted,
      error,
      retryAt: this.retryAt,
    };
  }

  /** Sends what can be sent, then publishes a new snapshot if anything visible changed. */
  private update(): void {
    this.pump();
    if (this.pending.size === 0 && this.inFlight.size === 0) this.failure = null;
    if (this.pending.size === 0) this.sendAlone.clear();
    const next = this.computeState();
    const same = sameSnapshot(this.state, next);
    if (same) return;
    this.state = next;
    for (const l of [...this.listeners]) l(next);
  }
}

export function createSaveQueue(opts: SaveQueueOptions): SaveQueue {
  return new SaveQueue(opts);
}
