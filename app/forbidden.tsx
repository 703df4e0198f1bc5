import Link from "next/link";
import { currentUser } from "@/lib/platform/access/session";
import { SiteHeader } from "@/components/errors/site-header";
import { ErrorNotice, errorActionClass } from "@/components/errors/error-notice";

export default async function Forbidden() {
  const user = await currentUser();
  return (
    <>
      <SiteHeader userName={user?.name ?? null} />
      <main>
        <ErrorNotice
          code="403"
          title="Not allowed"
          message="Your role in this organisation does not allow this page. Ask an owner or admin."
        >
          <Link href="/orgs" className={errorActionClass.primary}>
            Go to your organisations
          </Link>
        </ErrorNotice>
      </main>
    </>
  );
}
