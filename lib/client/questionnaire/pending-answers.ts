// Answers not yet confirmed by the server, kept in the browser's storage per respondent link so that a
// reload or crash loses nothing. Storage can throw (quota, privacy modes): saving goes on regardless.
import type { AnswerValue } from "../../view/questionnaire/sections";
import type { AnswerToSave } from "../../view/questionnaire/answer-protocol.ts";

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const STORAGE_VERSION = 1;

export function storageKey(token: string): string {
  return `meyar:respond:${token}:pending`;
}

export function isAnswerValue(v: unknown): v is AnswerValue {
  return v === null || v === 1 || v === 2 || v === 3 || v === 4 || v === 5;
}

function isAnswerToSave(v: unknown): v is AnswerToSave {
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return (
    typeof o.itemKey === "string" &&
    o.itemKey !== "" &&
    isAnswerValue(o.value) &&
    typeof o.answeredAt === "string" &&
    !Number.isNaN(Date.parse(o.answeredAt))
  );
}

export function answerTime(answer: AnswerToSave): number {
  return Date.parse(answer.answeredAt);
}

function safely<T>(storage: StorageLike | null | undefined, fn: (s: StorageLike) => T): T | null {
  if (!storage) return null;
  try {
    return fn(storage);
  } catch {
    return null;
  }
}

/** What a previous page (or another tab on the same link) left; unreadable or other-version data reads as none. */
export function readPendingAnswers(storage: StorageLike | null | undefined, key: string): AnswerToSave[] {
  const raw = safely(storage, (s) => s.getItem(key));
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== "object" || parsed === null) return [];
    const { v, answers } = parsed as { v?: unknown; answers?: unknown };
    if (v !== STORAGE_VERSION || !Array.isArray(answers)) return [];
    return answers.filter(isAnswerToSave).map((a) => ({ itemKey: a.itemKey, value: a.value, answeredAt: a.answeredAt }));
  } catch {
    return [];
  }
}

export function clearPendingAnswers(storage: StorageLike | null | undefined, key: string): void {
  safely(storage, (s) => s.removeItem(key));
}

/** Replaces what is stored for the link; nothing left to confirm removes the entry. */
export function writePendingAnswers(storage: StorageLike | null | undefined, key: string, answers: AnswerToSave[]): void {
  if (answers.length === 0) clearPendingAnswers(storage, key);
  else safely(storage, (s) => s.setItem(key, JSON.stringify({ v: STORAGE_VERSION, answers })));
}
