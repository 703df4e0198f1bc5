"use client";
// The last resort when the root layout itself fails: it renders its own document.
import "./globals.css";
import { PublicHeader } from "@/components/public-header";
import { ErrorRetry } from "@/components/errors/error-retry";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <PublicHeader bare />
        <main>
          <ErrorRetry error={error} reset={reset} />
        </main>
      </body>
    </html>
  );
}
