// The wire between the autosave queue and POST /api/respond/<token>/answers: the browser's sender, which
// statuses are worth retrying, and how a response body is read.
import type { AnswerToSave, SavedAnswer } from "../../view/questionnaire/answer-protocol.ts";
import { isAnswerValue } from "./pending-answers";

/** What `send` resolves to for any HTTP response; it must reject (throw) on a network failure or timeout. */
export interface SendResponse {
  status: number;
  body: unknown;
}

export type SendAnswer = (answer: AnswerToSave) => Promise<SendResponse>;
/** Several answers in one request: the body is {answers: [...]}, the reply {answers: SavedAnswer[]}. */
export type SendAnswers = (answers: AnswerToSave[]) => Promise<SendResponse>;

/** Statuses worth retrying: the request may succeed later unchanged. */
export function isRetryable(status: number): boolean {
  return status >= 500 || status === 408 || status === 425 || status === 429 || status === 0;
}

export function errorText(body: unknown): string | null {
  if (typeof body === "object" && body !== null) {
    const e = (body as Record<string, unknown>).error;
    if (typeof e === "string" && e.trim()) return e.trim();
  }
  return null;
}

export function parseAck(body: unknown, sent: AnswerToSave): SavedAnswer {
  const o = typeof body === "object" && body !== null ? (body as Record<string, unknown>) : {};
  const applied = typeof o.applied === "boolean" ? o.applied : true;
  return {
    itemKey: sent.itemKey,
    value: !applied && isAnswerValue(o.value) ? o.value : sent.value,
    version: typeof o.version === "number" ? o.version : 0,
    applied,
  };
}

/** A batch reply's acknowledgement per item (what `parseAck` reads for each sent answer). */
export function batchAcks(body: unknown): Map<string, unknown> {
  const list = typeof body === "object" && body !== null ? (body as Record<string, unknown>).answers : null;
  const acks = new Map<string, unknown>();
  if (Array.isArray(list))
    for (const a of list)
      if (typeof a === "object" && a !== null && typeof (a as { itemKey?: unknown }).itemKey === "string")
        acks.set((a as { itemKey: string }).itemKey, a);
  return acks;
}

interface SenderOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** `send` for the browser: POST /api/respond/<token>/answers, JSON in and out, with a timeout. */
export function httpAnswerSender(token: string, options: SenderOptions = {}): SendAnswer {
  return (answer) => postAnswers(token, answer, options);
}

/** `sendBatch` for the browser: the same endpoint with {answers: [...]}. */
export function httpBatchSender(token: string, options: SenderOptions = {}): SendAnswers {
  return (answers) => postAnswers(token, { answers }, options);
}

async function postAnswers(token: string, payload: unknown, options: SenderOptions): Promise<SendResponse> {
  const url = `/api/respond/${encodeURIComponent(token)}/answers`;
  const timeoutMs = options.timeoutMs ?? 20_000;
  const doFetch = options.fetch ?? globalThis.fetch;
  const res = await doFetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(payload),
    cache: "no-store",
    credentials: "same-origin",
    // Lets the last answer still reach the server when the tab is being closed.
    keepalive: true,
    signal: typeof AbortSignal !== "undefined" && "timeout" in AbortSignal ? AbortSignal.timeout(timeoutMs) : undefined,
  });
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  return { status: res.status, body };
}
