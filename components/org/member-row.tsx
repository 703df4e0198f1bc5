"use client";
import { useActionState } from "react";
import { changeRoleAction, removeMemberAction } from "@/app/(app)/[org]/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { ROLE_LABELS } from "@/lib/view/org/labels";
import { options } from "@/lib/view/org/labels";
import { MemberAccountActions } from "./member-account-actions";

export interface MemberView {
  membershipId: string;
  name: string;
  email: string;
  role: keyof typeof ROLE_LABELS;
  isYou: boolean;
}

export function MemberRow({
  orgSlug,
  member,
  canManage,
  actorIsOwner,
}: {
  orgSlug: string;
  member: MemberView;
  canManage: boolean;
  actorIsOwner: boolean;
}) {
  const [roleState, roleAction] = useActionState(changeRoleAction, null);
  const [removeState, removeAction] = useActionState(removeMemberAction, null);
  const editable = canManage && (actorIsOwner || member.role !== "OWNER");
  const roles = options(ROLE_LABELS).filter((r) => actorIsOwner || r.value !== "OWNER");
  return (
    <li className="space-y-2 py-3" data-testid={`member-${member.email}`}>
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-48 flex-1">
          <p className="font-medium">
            {member.name}
            {member.isYou && <span className="text-slate-500"> (you)</span>}
          </p>
          <p className="text-xs text-slate-500">{member.email}</p>
        </div>
        {editable ? (
          <>
            <ActionForm action={roleAction} className="flex items-center gap-2">
              <input type="hidden" name="org" value={orgSlug} />
              <input type="hidden" name="membershipId" value={member.membershipId} />
              <label className="sr-only" htmlFor={`role-${member.membershipId}`}>
                Role of {member.name}
              </label>
              <select
                id={`role-${member.membershipId}`}
                name="role"
                defaultValue={member.role}
                className="rounded-lg border border-slate-300 px-2 py-1.5 text-sm"
              >
                {roles.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.label}
                  </option>
                ))}
              </select>
              <SubmitButton variant="secondary" pendingText="Saving…">
                Change role
              </SubmitButton>
            </ActionForm>
            <ActionForm action={removeAction}>
              <input type="hidden" name="org" value={orgSlug} />
              <input type="hidden" name="membershipId" value={member.membershipId} />
              <SubmitButton variant="danger" pendingText="Removing…">
                Remove
              </SubmitButton>
            </ActionForm>
          </>
        ) : (
          <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{ROLE_LABELS[member.role]}</span>
        )}
      </div>
      <FormMessage state={roleState} />
      <FormMessage state={removeState} />
      {actorIsOwner && !member.isYou && <MemberAccountActions orgSlug={orgSlug} membershipId={member.membershipId} name={member.name} />}
    </li>
  );
}
