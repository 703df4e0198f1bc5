"use client";
import { useEffect } from "react";
import { ErrorNotice, errorActionClass } from "./error-notice";

/**
 * The 500 page's body: nothing of the failure is shown (it may hold internal detail); the digest
 * lets an operator find it in the server log.
 */
export function ErrorRetry({
  error,
  reset,
  children,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  children?: React.ReactNode;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const message = error.digest
    ? `Meyar could not show this page. Nothing you entered was lost. If it happens again, give the administrator this reference: ${error.digest}.`
    : "Meyar could not show this page. Nothing you entered was lost.";
  return (
    <ErrorNotice code="500" title="Something went wrong" message={message}>
      <button type="button" onClick={reset} className={errorActionClass.primary}>
        Try again
      </button>
      {children}
    </ErrorNotice>
  );
}
