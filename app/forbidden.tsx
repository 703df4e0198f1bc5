import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-slate-600">Your role in this organisation does not allow this page. Ask an owner or admin.</p>
      <Link href="/orgs" className="mt-6 inline-block text-brand-600 underline">
        Go to your organisations
      </Link>
    </main>
  );
}
