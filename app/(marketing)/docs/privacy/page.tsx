import type { Metadata } from "next";
import { PublicHeader } from "@/components/public-header";
import { PublicFooter } from "@/components/public-footer";
import { LegalPlaceholderNotice } from "@/components/legal-placeholder";

export const metadata: Metadata = { title: "Privacy notice" };

// GET /docs/privacy – a privacy notice template describing what Meyar itself stores. Placeholder:
// the operator replaces it (who they are, legal bases, retention, contacts) before going live.
export default function PrivacyPage() {
  return (
    <>
      <PublicHeader />
      <main className="mx-auto max-w-3xl space-y-6 px-4 py-12">
        <h1 className="text-3xl font-semibold tracking-tight">Privacy notice</h1>
        <LegalPlaceholderNotice />
        <section className="space-y-2 text-sm leading-6 text-slate-700">
          <h2 className="text-lg font-semibold text-slate-900">Who is responsible</h2>
          <p>[Operator: your legal name, address and the contact of your data protection officer.]</p>
        </section>
        <section className="space-y-2 text-sm leading-6 text-slate-700">
          <h2 className="text-lg font-semibold text-slate-900">What the service stores</h2>
          <ul className="list-disc space-y-1 ps-5">
            <li>Accounts: name, e-mail address, a hash of the password, two-factor settings and the list of signed-in sessions.</li>
            <li>Organisations: name, profile (ownership, size band, region, country), members and their roles.</li>
            <li>
              Respondents: the e-mail address and group a bank entered, and the answers given through the personal link. Results are shown
              in aggregate; raw answers are exported only by the bank&rsquo;s owners and admins, pseudonymised.
            </li>
            <li>An audit log of changes, sign-ins (with the IP address) and exports, kept per organisation and never edited.</li>
            <li>Benchmark: published scores without names, shown only for groups of at least five institutions.</li>
            <li>Billing, when enabled: the Stripe customer and subscription identifiers. Card details stay with Stripe.</li>
          </ul>
        </section>
        <section className="space-y-2 text-sm leading-6 text-slate-700">
          <h2 className="text-lg font-semibold text-slate-900">Cookies</h2>
          <p>
            A session cookie keeps you signed in, and a language cookie remembers the language you chose. No advertising or tracking
            cookies.
          </p>
        </section>
        <section className="space-y-2 text-sm leading-6 text-slate-700">
          <h2 className="text-lg font-semibold text-slate-900">Legal basis, retention and your rights</h2>
          <p>
            [Operator: the legal basis of each use, how long each kind of data is kept, how to ask for access, correction or erasure, and
            which authority to complain to.]
          </p>
        </section>
      </main>
      <PublicFooter />
    </>
  );
}
