import type { Metadata } from "next";
import Link from "next/link";
import { db } from "@/lib/platform/db/prisma";
import { requireOrgPage } from "@/lib/features/access/page";
import { API_KEY_SCOPE_LABELS, API_KEYS_PAGE, listApiKeys } from "@/lib/features/api-keys/keys";
import { Card } from "@/components/ui/card";
import { ApiKeyRow } from "@/components/api-keys/api-key-row";
import { CreateApiKeyForm } from "@/components/api-keys/create-api-key-form";

export const metadata: Metadata = { title: "API keys" };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") + " UTC" : null);

// GET /:org/api-keys – create and revoke the organisation's API keys (ADMIN and OWNER).
export default async function ApiKeysPage({ params }: { params: Promise<{ org: string }> }) {
  const { org: slug } = await params;
  const { org, unpaid } = await requireOrgPage(slug, API_KEYS_PAGE);
  const keys = await listApiKeys(db, org.id);
  return (
    <>
      <h1 className="text-2xl font-semibold">API keys</h1>
      <p className="text-sm text-slate-600">
        Keys let your own tools read this organisation&apos;s assessments, scores and roadmaps through the HTTP API (<code>/api/v1</code>).
        Send a key as <code>Authorization: Bearer &lt;key&gt;</code>. See the{" "}
        <Link className="text-brand-700 underline" href="/docs/api">
          API reference
        </Link>
        .
      </p>
      {unpaid ? (
        <p role="status" className="rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {unpaid.error}{" "}
          <Link className="font-medium underline" href={`/${org.slug}/billing`}>
            See plans and upgrade
          </Link>
        </p>
      ) : (
        <Card title="Create a key">
          <CreateApiKeyForm orgSlug={org.slug} />
        </Card>
      )}
      <Card title="Keys">
        {keys.length === 0 ? (
          <p className="text-sm text-slate-600">No keys yet.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {keys.map((k) => (
              <ApiKeyRow
                key={k.id}
                orgSlug={org.slug}
                apiKey={{
                  id: k.id,
                  name: k.name,
                  scopeLabel: API_KEY_SCOPE_LABELS[k.scope],
                  prefix: k.prefix,
                  created: when(k.createdAt) ?? "",
                  lastUsed: when(k.lastUsedAt),
                  revoked: when(k.revokedAt),
                }}
              />
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
