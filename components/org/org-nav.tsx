import Link from "next/link";

export function OrgNav({ slug, canManage }: { slug: string; canManage: boolean }) {
  const links = [
    { href: `/${slug}`, label: "Overview" },
    { href: `/${slug}/members`, label: "Members" },
    ...(canManage ? [{ href: `/${slug}/settings`, label: "Settings" }] : []),
  ];
  return (
    <nav aria-label="Organisation" className="flex flex-wrap gap-1">
      {links.map((l) => (
        <Link key={l.href} href={l.href} className="rounded-md px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-100">{l.label}</Link>
      ))}
    </nav>
  );
}
