import Link from "next/link";
import { currentUser } from "@/lib/platform/access/session";
import { SiteHeader } from "@/components/errors/site-header";
import { ErrorNotice, errorActionClass } from "@/components/errors/error-notice";

export default async function NotFound() {
  const user = await currentUser();
  return (
    <>
      <SiteHeader userName={user?.name ?? null} />
      <main>
        <ErrorNotice code="404" title="Not found" message="This page does not exist, or you do not have access to it.">
          {user ? (
            <Link href="/orgs" className={errorActionClass.primary}>
              Go to your organisations
            </Link>
          ) : (
            <>
              <Link href="/sign-in" className={errorActionClass.primary}>
                Sign in
              </Link>
              <Link href="/" className={errorActionClass.secondary}>
                Go to the home page
              </Link>
            </>
          )}
        </ErrorNotice>
      </main>
    </>
  );
}
