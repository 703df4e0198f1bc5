import type { Metadata } from "next";
import { PublicHeader } from "@/components/public-header";
import { PublicFooter } from "@/components/public-footer";
import { LegalPlaceholderNotice } from "@/components/legal-placeholder";

export const metadata: Metadata = { title: "Terms of use" };

// GET /docs/terms – terms of use template. Placeholder: the operator replaces it before going live.
export default function TermsPage() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-12">
        <h1 className="text-3xl font-semibold tracking-tight">Terms of use</h1>
        <LegalPlaceholderNotice />
        {[
          ["The service", "[Operator: who provides the service, to whom, and what it includes (the plans on the pricing page).]"],
          [
            "Your account and your organisation",
            "[Operator: who may create an account, the owner's responsibility for the members they invite and the access they grant to consultancies and regulators.]",
          ],
          [
            "Respondents and their answers",
            "[Operator: the bank's duty to inform the people it invites, and that answers are used for the bank's assessment and, once published, in the anonymous benchmark.]",
          ],
          ["Payment", "[Operator: prices, billing period, taxes, renewal, cancellation and refunds.]"],
          ["Liability and changes", "[Operator: limits of liability, how these terms change, governing law and courts.]"],
        ].map(([title, text]) => (
          <section key={title} className="space-y-2 text-sm leading-6 text-slate-700">
            <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
            <p>{text}</p>
          </section>
        ))}
      </main>
      <PublicFooter />
    </>
  );
}
