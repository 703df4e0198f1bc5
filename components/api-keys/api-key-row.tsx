"use client";
import { useActionState } from "react";
import { revokeApiKeyAction } from "@/app/(app)/[org]/api-keys/actions";
import { ActionForm } from "@/components/ui/action-form";
import { FormMessage } from "@/components/ui/form-message";
import { SubmitButton } from "@/components/ui/submit-button";

export interface ApiKeyRowData {
  id: string;
  name: string;
  scopeLabel: string;
  prefix: string;
  created: string;
  lastUsed: string | null;
  revoked: string | null;
}

export function ApiKeyRow({ orgSlug, apiKey }: { orgSlug: string; apiKey: ApiKeyRowData }) {
  const [state, action] = useActionState(revokeApiKeyAction, null);
  return (
    <li className="flex flex-wrap items-center gap-3 py-2 text-sm" data-testid="api-key-row">
      <span className="flex-1">
        <span className="font-medium">{apiKey.name}</span> <code className="text-xs text-slate-600">{apiKey.prefix}…</code>
        <span className="text-slate-500">
          {" "}
          · {apiKey.scopeLabel} · created {apiKey.created} · {apiKey.lastUsed ? `last used ${apiKey.lastUsed}` : "never used"}
        </span>
        {apiKey.revoked && <span className="text-red-700"> · revoked {apiKey.revoked}</span>}
      </span>
      {!apiKey.revoked && (
        <ActionForm action={action}>
          <input type="hidden" name="org" value={orgSlug} />
          <input type="hidden" name="keyId" value={apiKey.id} />
          <SubmitButton variant="danger" pendingText="Revoking…">
            Revoke
          </SubmitButton>
        </ActionForm>
      )}
      <FormMessage state={state} />
    </li>
  );
}
