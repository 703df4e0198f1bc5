import Link from "next/link";

/** The footer of public pages: pricing, the legal pages and the example report. */
export function PublicFooter() {
  return (
    <footer className="border-t border-slate-200 bg-white">
      <nav aria-label="About Meyar" className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm text-slate-600">
        <Link href="/docs/pricing" className="hover:underline">
          Pricing
        </Link>
        <a href="/docs/example-report.pdf" className="hover:underline">
          Example report
        </a>
        <Link href="/docs/privacy" className="hover:underline">
          Privacy notice
        </Link>
        <Link href="/docs/terms" className="hover:underline">
          Terms of use
        </Link>
        <Link href="/docs/api" className="hover:underline">
          API
        </Link>
      </nav>
    </footer>
  );
}
