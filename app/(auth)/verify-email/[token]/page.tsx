import type { Metadata } from "next";
import { VerifyEmailForm } from "@/components/auth/verify-email-form";

export const metadata: Metadata = { title: "Confirm your e-mail address", referrer: "no-referrer" };

// GET /verify-email/:token – the e-mailed confirmation link; confirming takes one click.
export default async function VerifyEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Confirm your e-mail address</h1>
      <VerifyEmailForm token={token} />
    </>
  );
}
