"use client";
import { ErrorRetry } from "@/components/errors/error-retry";
import { OrgWayBack } from "@/components/errors/org-way-back";

// A failure in an organisation's page keeps its header and navigation (the layout).
export default function OrgError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <ErrorRetry error={error} reset={reset}>
      <OrgWayBack />
    </ErrorRetry>
  );
}
