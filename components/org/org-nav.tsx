"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { OrgNavLink } from "@/lib/view/org/nav";

/** The organisation's menu: a row on wide screens, a column in the phone menu; the current page is marked. */
export function OrgNav({ links, layout = "row" }: { links: OrgNavLink[]; layout?: "row" | "column" }) {
  const pathname = usePathname();
  const overview = links[0]?.href;
  const isCurrent = (href: string) => (href === overview ? pathname === href : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav aria-label="Organisation" className={layout === "row" ? "flex flex-wrap gap-1" : "flex flex-col"}>
      {links.map((l) => (
        <Link
          key={l.href}
          href={l.href}
          aria-current={isCurrent(l.href) ? "page" : undefined}
          className={`rounded-md px-3 text-sm text-slate-700 hover:bg-slate-100 aria-[current=page]:bg-brand-50 aria-[current=page]:font-medium aria-[current=page]:text-brand-900 ${layout === "row" ? "py-1.5" : "py-2.5"}`}
        >
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
