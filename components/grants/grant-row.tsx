"use client";
import { revokeGrantAction } from "@/app/(app)/[org]/settings/actions";
import { RevokeRow } from "@/components/ui/revoke-row";

export function GrantRow({
  orgSlug,
  id,
  granteeName,
  granteeSlug,
  kindLabel,
  since,
}: {
  orgSlug: string;
  id: string;
  granteeName: string;
  granteeSlug: string;
  kindLabel: string;
  since: string;
}) {
  return (
    <RevokeRow
      action={revokeGrantAction}
      fields={{ org: orgSlug, grantId: id }}
      name={granteeName}
      detail={`${kindLabel} · since ${since}`}
      testId={`grant-${granteeSlug}`}
    />
  );
}
