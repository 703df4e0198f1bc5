"use client";
import { useEffect, useState, useSyncExternalStore } from "react";
import { httpAnswerSender, httpBatchSender } from "@/lib/client/questionnaire/answer-sender";
import type { StorageLike } from "@/lib/client/questionnaire/pending-answers";
import { createSaveQueue, type SaveQueue, type SaveQueueState } from "@/lib/client/questionnaire/save-queue";

function browserStorage(): StorageLike | null {
  if (typeof window === "undefined") return null;
  try {
    return window.localStorage;
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): answers are then saved without a local copy.
    return null;
  }
}

/**
 * One autosave queue per mounted questionnaire. Creating it has no side effects (safe during server
 * rendering); it restores and sends answers left on this device only once mounted and `active`.
 * When not active (submitted or closed), answers left on the device are discarded.
 */
export function useSaveQueue(token: string, active: boolean): { queue: SaveQueue; state: SaveQueueState } {
  const [queue] = useState(() =>
    createSaveQueue({
      token,
      send: httpAnswerSender(token),
      sendBatch: httpBatchSender(token),
      storage: browserStorage(),
      events: typeof window === "undefined" ? null : window,
    }),
  );
  useEffect(() => {
    if (!active) {
      queue.clear();
      return;
    }
    queue.start();
    return () => queue.stop();
  }, [queue, active]);
  const state = useSyncExternalStore(queue.subscribe, queue.getState, queue.getState);
  return { queue, state };
}
