"use client";
import { useActionState } from "react";
import { revokeSessionAction } from "@/app/(app)/account/actions";
import { SubmitButton } from "@/components/ui/submit-button";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";

export interface SessionView {
  id: string;
  device: string;
  address: string;
  lastSeen: string;
  signedIn: string;
  current: boolean;
}

export function SessionRow({ session }: { session: SessionView }) {
  const [state, action] = useActionState(revokeSessionAction, null);
  return (
    <li className="flex flex-wrap items-center gap-3 py-3" data-testid="session-row">
      <div className="min-w-48 flex-1 text-sm">
        <p className="font-medium">
          {session.device}
          {session.current && <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-800">This device</span>}
        </p>
        <p className="text-xs text-slate-500">
          {session.address} · last seen {session.lastSeen} · signed in {session.signedIn}
        </p>
      </div>
      {!session.current && (
        <ActionForm action={action}>
          <input type="hidden" name="sessionId" value={session.id} />
          <SubmitButton variant="secondary" pendingText="Ending…">
            End this session
          </SubmitButton>
        </ActionForm>
      )}
      <FormMessage state={state} />
    </li>
  );
}
