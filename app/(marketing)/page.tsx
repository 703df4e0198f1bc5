import Link from "next/link";
import { currentUser } from "@/lib/platform/access/session";
import { PublicFooter } from "@/components/public-footer";

const FEATURES = [
  {
    title: "An instrument built from research",
    text: "Questionnaire modules for digital CX management, e-CRM customer interaction and customer-knowledge integration, drawn from peer-reviewed studies of the banking industry.",
  },
  {
    title: "Scores you can defend",
    text: "Factor, category and overall maturity on a five-level scale, per respondent group, with reliability checks and uncertainty bands.",
  },
  {
    title: "Benchmarks without exposure",
    text: "Percentiles against peer groups you choose, with k-anonymity: no bank can identify another.",
  },
  {
    title: "A roadmap that respects dependencies",
    text: "Interpretive structural modelling places your weak factors on the hierarchy, so the drivers come first.",
  },
];

export default async function HomePage() {
  const user = await currentUser();
  return (
    <>
      <main className="mx-auto max-w-5xl px-4 py-16">
        <header className="flex items-center justify-between">
          <span className="text-2xl font-bold tracking-tight text-brand-900">Meyar</span>
          <nav className="flex gap-3 text-sm">
            {user ? (
              <Link href="/orgs" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white">
                Open Meyar
              </Link>
            ) : (
              <>
                <Link href="/docs/pricing" className="rounded-lg px-4 py-2 text-slate-700 hover:bg-slate-100">
                  Pricing
                </Link>
                <Link href="/sign-in" className="rounded-lg border border-slate-300 px-4 py-2">
                  Sign in
                </Link>
                <Link href="/sign-up" className="rounded-lg bg-brand-600 px-4 py-2 font-medium text-white">
                  Create an account
                </Link>
              </>
            )}
          </nav>
        </header>
        <section className="mt-16 max-w-3xl">
          <h1 className="text-4xl font-semibold leading-tight tracking-tight">
            How mature is your bank&apos;s digital customer experience — and what should you fix first?
          </h1>
          <p className="mt-4 text-lg text-slate-600">
            Meyar assesses digital CX and e-CRM maturity for bank executives, consultants and regulators, benchmarks it against peers and
            turns the gaps into a dependency-aware roadmap.
          </p>
        </section>
        <section className="mt-12 grid gap-6 sm:grid-cols-2">
          {FEATURES.map((f) => (
            <div key={f.title} className="rounded-xl border border-slate-200 bg-white p-5">
              <h2 className="font-semibold">{f.title}</h2>
              <p className="mt-2 text-sm text-slate-600">{f.text}</p>
            </div>
          ))}
        </section>
      </main>
      <PublicFooter />
    </>
  );
}
