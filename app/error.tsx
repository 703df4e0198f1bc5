"use client";
import Link from "next/link";
import { PublicHeader } from "@/components/public-header";
import { ErrorRetry } from "@/components/errors/error-retry";
import { errorActionClass } from "@/components/errors/error-notice";

export default function RootError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <PublicHeader bare />
      <main>
        <ErrorRetry error={error} reset={reset}>
          <Link href="/orgs" className={errorActionClass.secondary}>
            Go to your organisations
          </Link>
        </ErrorRetry>
      </main>
    </>
  );
}
