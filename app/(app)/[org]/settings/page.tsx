import type { Metadata } from "next";
import { requireOrgPage } from "@/lib/features/access/page";
import { Card } from "@/components/ui/card";
import { OrgSettingsForm } from "@/components/org/org-settings-form";
import { db } from "@/lib/platform/db/prisma";
import { granteeSearchSchema, liveGrantsGiven, searchGrantees } from "@/lib/features/grants/grants";
import { GranteeSearch } from "@/components/grants/grantee-search";
import { GrantAccessForm } from "@/components/grants/grant-access-form";
import { GrantRow } from "@/components/grants/grant-row";
import { AnonymityThresholdForm } from "@/components/org/anonymity-threshold-form";
import { effectiveThreshold } from "@/lib/view/results/anonymity";
import { hasRole } from "@/lib/platform/access/roles";
import { TwoFactorPolicyForm } from "@/components/org/two-factor-policy-form";
import { DefaultLanguageForm } from "@/components/org/default-language-form";
import { isLocale } from "@/lib/view/i18n/locales";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ org: string }>;
  searchParams: Promise<{ find?: string | string[] }>;
}) {
  const [{ org: slug }, { find }] = await Promise.all([params, searchParams]);
  const { org, role } = await requireOrgPage(slug, { minRole: "ADMIN" });
  return (
    <>
      <h1 className="text-2xl font-semibold">Settings</h1>
      <Card title="Organisation profile">
        <OrgSettingsForm
          org={{
            slug: org.slug,
            name: org.name,
            isBank: org.kind === "BANK",
            ownership: org.ownership ?? undefined,
            sizeBand: org.sizeBand ?? undefined,
            region: org.region ?? undefined,
            country: org.country ?? undefined,
          }}
        />
      </Card>
      {org.kind === "BANK" && (
        <Card title="Respondent anonymity">
          <AnonymityThresholdForm
            orgSlug={org.slug}
            threshold={effectiveThreshold(org.anonymityThreshold)}
            canEdit={hasRole(role, "OWNER")}
          />
        </Card>
      )}
      <Card title="Language">
        <DefaultLanguageForm orgSlug={org.slug} locale={isLocale(org.defaultLocale) ? org.defaultLocale : "en"} />
      </Card>
      <Card title="Two-factor authentication">
        <TwoFactorPolicyForm orgSlug={org.slug} required={org.requireTwoFactor} canEdit={hasRole(role, "OWNER")} />
      </Card>
      {org.kind === "BANK" && <AccessGrantsCard org={org} find={typeof find === "string" ? find : undefined} />}
    </>
  );
}

const GRANT_KIND_LABELS = { CONSULTANCY: "Consultancy: assessments", REGULATOR: "Regulator: published scores" } as const;

/** Who may see this bank's data: consultancies and regulators it granted access, and nobody else. */
async function AccessGrantsCard({ org, find }: { org: { id: string; slug: string; isDemo: boolean }; find?: string }) {
  const { slug: orgSlug, id: orgId } = org;
  const grants = await liveGrantsGiven(db, orgId);
  const query = find === undefined ? null : granteeSearchSchema.safeParse(find);
  const results = query?.success ? await searchGrantees(db, org, query.data) : null;
  return (
    <Card title="Access for consultancies and regulators">
      <div className="space-y-4">
        <p className="text-sm text-slate-700">
          A consultancy you grant sees and runs your assessments; a regulator sees your published scores (never individual answers or who
          answered). Revoking ends their access at once.
        </p>
        {grants.length === 0 ? (
          <p className="text-sm text-slate-600">No organisation has access.</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label="Live grants">
            {grants.map((g) => (
              <GrantRow
                key={g.id}
                orgSlug={orgSlug}
                id={g.id}
                granteeName={g.grantee.name}
                granteeSlug={g.grantee.slug}
                kindLabel={GRANT_KIND_LABELS[g.kind]}
                since={g.createdAt.toISOString().slice(0, 10)}
              />
            ))}
          </ul>
        )}
        <GranteeSearch
          orgSlug={orgSlug}
          action={`/${orgSlug}/settings`}
          query={find ?? ""}
          results={results}
          error={query && !query.success ? (query.error.issues[0]?.message ?? "Type a name.") : null}
        />
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">Or enter the organisation&rsquo;s web address</summary>
          <div className="mt-3">
            <GrantAccessForm orgSlug={orgSlug} />
          </div>
        </details>
      </div>
    </Card>
  );
}
