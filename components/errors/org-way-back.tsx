"use client";
// Ways back from an error inside an organisation: its overview and the previous page. Error
// boundaries receive no route parameters, so the organisation is read from the URL.
import Link from "next/link";
import { useParams, useRouter } from "next/navigation";
import { errorActionClass } from "./error-notice";

export function OrgWayBack() {
  const params = useParams<{ org?: string }>();
  const router = useRouter();
  return (
    <>
      {params.org ? (
        <Link href={`/${params.org}`} className={errorActionClass.primary}>
          Go to the overview
        </Link>
      ) : (
        <Link href="/orgs" className={errorActionClass.primary}>
          Go to your organisations
        </Link>
      )}
      <button type="button" onClick={() => router.back()} className={errorActionClass.secondary}>
        Back to the previous page
      </button>
    </>
  );
}
