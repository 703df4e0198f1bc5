import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";

export function AppHeader({ userName, children }: { userName: string; children?: React.ReactNode }) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/orgs" className="text-lg font-bold tracking-tight text-brand-900">
          Meyar
        </Link>
        <div className="flex flex-1 flex-wrap items-center gap-2">{children}</div>
        <Link href="/account" className="text-sm text-slate-600 hover:underline" title="Your account">
          {userName}
        </Link>
        <form action={signOutAction}>
          <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50">
            Sign out
          </button>
        </form>
      </div>
    </header>
  );
}
