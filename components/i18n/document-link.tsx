/**
 * A link that loads a new document. Between a translated page and one still in English the document's
 * language and direction change, and a client-side navigation would keep the first page's (and the app
 * shell's words) until the next reload; so for a reader who chose Persian or Arabic the shell's links
 * load the page afresh.
 */
import Link from "next/link";

type AnchorProps = Omit<React.AnchorHTMLAttributes<HTMLAnchorElement>, "href">;

export function DocumentLink({ href, fullLoad, children, ...rest }: AnchorProps & { href: string; fullLoad: boolean }) {
  if (!fullLoad)
    return (
      <Link href={href} {...rest}>
        {children}
      </Link>
    );
  return (
    <a href={href} {...rest}>
      {children}
    </a>
  );
}
