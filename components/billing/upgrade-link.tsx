"use client";
import Link from "next/link";
import { useParams } from "next/navigation";

/** Shown under a refusal for the plan (402): the way to the organisation's billing page. */
export function UpgradeLink() {
  const params = useParams<{ org?: string }>();
  if (!params?.org) return null;
  return (
    <Link href={`/${params.org}/billing`} className="ml-1 font-medium underline">
      See plans and upgrade
    </Link>
  );
}
