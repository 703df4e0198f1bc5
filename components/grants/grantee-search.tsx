import { GrantToButton } from "@/components/grants/grant-to-button";

export interface GranteeResult {
  slug: string;
  name: string;
  kind: "CONSULTANCY" | "REGULATOR";
  hasAccess: boolean;
}

const WHAT: Record<GranteeResult["kind"], string> = {
  CONSULTANCY: "Consultancy: will see and run your assessments",
  REGULATOR: "Regulator: will see your published scores",
};

/** Find a consultancy or regulator by name and grant it access (a GET form: the search lives in the URL). */
export function GranteeSearch({
  orgSlug,
  action,
  query,
  results,
  error,
}: {
  orgSlug: string;
  action: string;
  query: string;
  results: GranteeResult[] | null;
  error: string | null;
}) {
  return (
    <div className="space-y-3">
      <form
        method="get"
        action={action}
        role="search"
        aria-label="Find an organisation to grant access"
        className="flex flex-wrap items-end gap-2"
      >
        <label className="min-w-0 flex-1 text-sm">
          <span className="mb-1 block font-medium text-slate-700">Find a consultancy or regulator by name</span>
          <input
            type="search"
            name="find"
            defaultValue={query}
            maxLength={80}
            placeholder="e.g. Meridian"
            className="w-full rounded-lg border border-slate-300 px-3 py-2 text-sm"
          />
        </label>
        <button
          type="submit"
          className="rounded-lg border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Search
        </button>
      </form>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {results && results.length === 0 && (
        <p className="text-sm text-slate-600" role="status">
          No consultancy or regulator has a name containing &ldquo;{query}&rdquo;.
        </p>
      )}
      {results && results.length > 0 && (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200" aria-label="Organisations found">
          {results.map((r) => (
            <li key={r.slug} className="flex flex-wrap items-center justify-between gap-3 px-3 py-2" data-testid={`grantee-${r.slug}`}>
              <div className="min-w-0">
                <p className="text-sm font-medium text-slate-900">{r.name}</p>
                <p className="text-xs text-slate-500">{WHAT[r.kind]}</p>
              </div>
              {r.hasAccess ? (
                <span className="text-xs font-medium text-emerald-700">Has access</span>
              ) : (
                <GrantToButton orgSlug={orgSlug} granteeSlug={r.slug} kind={r.kind} granteeName={r.name} />
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
