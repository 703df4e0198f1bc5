// The autosave queue's public shapes and its snapshot: the options, the state it publishes, how that
// state's status and sentence are derived, and the sentences it shows. Pure; kept apart from the
// queue's mechanics so each file reads in one go.
import type { AnswerValue } from "../../view/questionnaire/sections";
import type { SavedAnswer } from "../../view/questionnaire/answer-protocol.ts";
import type { SendAnswer, SendAnswers } from "./answer-sender";
import type { StorageLike } from "./pending-answers";

export type SaveStatus = "idle" | "saving" | "saved" | "offline" | "error";

/** Typically `window`; the queue listens for "online" and "offline". */
export interface OnlineEventSource {
  addEventListener(type: "online" | "offline", listener: () => void): void;
  removeEventListener(type: "online" | "offline", listener: () => void): void;
}

export type HaltReason = "locked" | "invalid-link";

export interface SaveQueueState {
  status: SaveStatus;
  /** Answers given (or restored from storage) that the server has not confirmed yet. */
  pendingCount: number;
  /**
   * Answers this device knows that may be newer than the page's initial answers: given here, restored
   * from storage after a reload, or the server's newer value after `applied: false`. Overlay on the initial answers.
   */
  answers: Readonly<Record<string, AnswerValue>>;
  /** Items whose shown value was replaced by a newer answer given elsewhere (another tab or device). */
  updatedElsewhere: Readonly<Record<string, true>>;
  /** Items the server refused (4xx other than 409), with the reason; cleared when the item is answered again. */
  itemErrors: Readonly<Record<string, string>>;
  /** The HTTP status of each refusal in itemErrors, so that a page in another language can say it in its own words. */
  refusedStatus: Readonly<Record<string, number>>;
  /**
   * Set when nothing more can be saved: "locked" (409: closed, or already submitted) or "invalid-link"
   * (401/403/404/410). `error` then carries the server's `{ error }` text, or a default sentence.
   */
  halted: HaltReason | null;
  /** A sentence for the respondent when status is "error"; otherwise null. */
  error: string | null;
  /** Epoch ms of the next automatic retry while waiting after a failure, else null. */
  retryAt: number | null;
}

export interface SaveQueueOptions {
  token: string;
  send: SendAnswer;
  /**
   * Sends several pending answers in one request (all or nothing on the server). When given, whatever
   * is pending while a request is under way goes in one batch; without it every answer is its own request.
   */
  sendBatch?: SendAnswers;
  /** Where pending answers are kept across reloads (localStorage). Null/absent: memory only. */
  storage?: StorageLike | null;
  /** Source of "online"/"offline" events (window). */
  events?: OnlineEventSource | null;
  /** Defaults to navigator.onLine (true where there is no navigator). */
  isOnline?: () => boolean;
  /** Clock for answeredAt; defaults to new Date(). */
  now?: () => Date;
  /** Requests in flight at once (never two for the same item). Default 2. */
  concurrency?: number;
  /** First retry delay; doubles per consecutive failure up to maxDelayMs. Defaults 1 000 and 30 000. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Called for every confirmed save that is still the latest local answer for its item. */
  onSaved?: (answer: SavedAnswer) => void;
}

export const LOCKED_MESSAGE = "This questionnaire is closed; your answers can no longer change.";
export const INVALID_LINK_MESSAGE =
  "This link is no longer valid, so your answers cannot be saved. Please use the latest link you were sent.";
export const SERVER_RETRY_MESSAGE = "We could not save your latest answers just now. They are kept on this device and we will keep trying.";

/** The status and the sentence for the respondent, from what the queue knows. */
export function describeStatus(q: {
  halted: HaltReason | null;
  haltMessage: string | null;
  pendingCount: number;
  failure: "network" | "server" | null;
  online: boolean;
  itemErrors: Readonly<Record<string, string>>;
  lastItemError: string | null;
  savedAny: boolean;
}): { status: SaveStatus; error: string | null } {
  if (q.halted) return { status: "error", error: q.haltMessage ?? (q.halted === "locked" ? LOCKED_MESSAGE : INVALID_LINK_MESSAGE) };
  if (q.pendingCount > 0) {
    if (q.failure === "network" || !q.online) return { status: "offline", error: null };
    if (q.failure === "server") return { status: "error", error: SERVER_RETRY_MESSAGE };
    return { status: "saving", error: null };
  }
  if (Object.keys(q.itemErrors).length > 0) return { status: "error", error: q.lastItemError ?? Object.values(q.itemErrors)[0] ?? null };
  return { status: q.savedAny ? "saved" : "idle", error: null };
}

/** Whether anything a subscriber can see differs (the records are replaced, never mutated, on change). */
export function sameSnapshot(prev: SaveQueueState, next: SaveQueueState): boolean {
  return (
    prev.status === next.status &&
    prev.pendingCount === next.pendingCount &&
    prev.answers === next.answers &&
    prev.updatedElsewhere === next.updatedElsewhere &&
    prev.itemErrors === next.itemErrors &&
    prev.refusedStatus === next.refusedStatus &&
    prev.halted === next.halted &&
    prev.error === next.error &&
    prev.retryAt === next.retryAt
  );
}

export function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  if (!Object.prototype.hasOwnProperty.call(record, key)) return record as Record<string, T>;
  const copy = { ...record };
  delete copy[key];
  return copy;
}
