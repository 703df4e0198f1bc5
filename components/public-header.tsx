import Link from "next/link";

/** The header of pages seen signed out (error pages, pricing and legal pages); `bare` shows only the name. */
export function PublicHeader({ bare = false }: { bare?: boolean }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-brand-900">
          Meyar
        </Link>
        {!bare && (
          <nav aria-label="Site" className="flex flex-1 flex-wrap items-center justify-end gap-1 text-sm">
            <Link href="/docs/pricing" className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100">
              Pricing
            </Link>
            <Link href="/sign-in" className="rounded-md px-3 py-1.5 text-slate-700 hover:bg-slate-100">
              Sign in
            </Link>
          </nav>
        )}
      </div>
    </header>
  );
}
