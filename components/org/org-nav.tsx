import Link from "next/link";
import type { OrgKind } from "@/lib/view/org/labels";

export function OrgNav({ slug, canManage, isBank, kind }: { slug: string; canManage: boolean; isBank: boolean; kind?: OrgKind }) {
  const links = [
    { href: `/${slug}`, label: "Overview" },
    ...(isBank ? [{ href: `/${slug}/assessments`, label: "Assessments" }] : []),
    ...(isBank ? [{ href: `/${slug}/plan`, label: "Action plan" }] : []),
    ...(isBank ? [{ href: `/${slug}/benchmark`, label: "Benchmark" }] : []),
    ...(kind === "REGULATOR" ? [{ href: `/${slug}/sector`, label: "Sector" }] : []),
    ...(kind === "CONSULTANCY" ? [{ href: `/${slug}/clients`, label: "Clients" }] : []),
    ...(kind === "BANK" || kind === "CONSULTANCY" ? [{ href: `/${slug}/ism-studies`, label: "ISM studies" }] : []),
    ...(kind === "CONSULTANCY" || kind === "REGULATOR" ? [{ href: `/${slug}/instrument-health`, label: "Instrument health" }] : []),
    { href: `/${slug}/members`, label: "Members" },
    ...(canManage ? [{ href: `/${slug}/settings`, label: "Settings" }] : []),
    ...(canManage ? [{ href: `/${slug}/billing`, label: "Billing" }] : []),
    ...(canManage ? [{ href: `/${slug}/audit`, label: "Audit log" }] : []),
    ...(canManage ? [{ href: `/${slug}/api-keys`, label: "API keys" }] : []),
  ];
  return (
    <nav aria-label="Organisation" className="flex flex-wrap gap-1">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">
          {l.label}
        </Link>
      ))}
    </nav>
  );
}
