import type { Metadata } from "next";
import Link from "next/link";
import { openApiDocument } from "@/lib/delivery/api/openapi";
import { OpenApiView } from "@/components/api-keys/openapi-view";

export const metadata: Metadata = { title: "API reference" };

// GET /docs/api – the OpenAPI document of /api/v1, rendered on the server (no external scripts).
export default function ApiDocsPage() {
  const doc = openApiDocument();
  return (
    <main className="mx-auto max-w-4xl space-y-6 px-4 py-8">
      <h1 className="text-2xl font-semibold">
        {doc.info.title} {doc.info.version}
      </h1>
      <p className="text-sm text-slate-700">{doc.info.description}</p>
      <p className="text-sm">
        Machine-readable:{" "}
        <a className="text-brand-700 underline" href="/api/v1/openapi.json">
          /api/v1/openapi.json
        </a>{" "}
        (OpenAPI 3.1). Example:{" "}
        <code className="text-xs">curl -H &quot;Authorization: Bearer myr_…&quot; https://&lt;host&gt;/api/v1/assessments?limit=20</code>.
        Keys are created by an organisation&apos;s owners and admins on its API keys page.{" "}
        <Link className="text-brand-700 underline" href="/orgs">
          Your organisations
        </Link>
      </p>
      <OpenApiView doc={doc} />
    </main>
  );
}
