import type { Metadata } from "next";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { listMembers, listPendingInvitations } from "@/lib/features/org/overview";
import { hasRole, ROLE_LABELS } from "@/lib/platform/access/roles";
import { Card } from "@/components/ui/card";
import { MemberRow } from "@/components/org/member-row";
import { InvitationRow } from "@/components/org/invitation-row";
import { InviteMemberForm } from "@/components/org/invite-member-form";

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, user, role } = await requireOrgPage(slug);
  const canManage = hasRole(role, "ADMIN");
  const [members, invitations] = await Promise.all([
    listMembers(db, org.id),
    canManage ? listPendingInvitations(db, org.id) : Promise.resolve([]),
  ]);
  return (
    <>
      <h1 className="text-2xl font-semibold">Members</h1>
      <Card title={`${members.length} member${members.length === 1 ? "" : "s"}`}>
        <ul className="divide-y divide-slate-100">
          {members.map((m) => (
            <MemberRow
              key={m.id}
              orgSlug={org.slug}
              canManage={canManage}
              actorIsOwner={role === "OWNER"}
              member={{ membershipId: m.id, name: m.user.name, email: m.user.email, role: m.role, isYou: m.userId === user.id }}
            />
          ))}
        </ul>
      </Card>
      {canManage && (
        <>
          <Card title="Invite a member">
            <InviteMemberForm orgSlug={org.slug} canInviteOwner={role === "OWNER"} />
          </Card>
          <Card title="Open invitations">
            {invitations.length === 0 ? (
              <p className="text-sm text-slate-600">No open invitations.</p>
            ) : (
              <ul className="divide-y divide-slate-100">
                {invitations.map((i) => (
                  <InvitationRow
                    key={i.id}
                    orgSlug={org.slug}
                    id={i.id}
                    email={i.email}
                    roleLabel={ROLE_LABELS[i.role]}
                    expires={i.expiresAt.toISOString().slice(0, 10)}
                  />
                ))}
              </ul>
            )}
          </Card>
        </>
      )}
    </>
  );
}
