"use client";
import { revokeInvitationAction } from "@/app/(app)/[org]/actions";
import { RevokeRow } from "@/components/ui/revoke-row";

export function InvitationRow({
  orgSlug,
  id,
  email,
  roleLabel,
  expires,
}: {
  orgSlug: string;
  id: string;
  email: string;
  roleLabel: string;
  expires: string;
}) {
  return (
    <RevokeRow
      action={revokeInvitationAction}
      fields={{ org: orgSlug, invitationId: id }}
      name={email}
      detail={`${roleLabel} · expires ${expires}`}
    />
  );
}
