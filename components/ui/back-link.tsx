import Link from "next/link";

// "← Parent page" above a page's heading.
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-brand-700 underline">
        ← {children}
      </Link>
    </p>
  );
}
