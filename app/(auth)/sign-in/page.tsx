import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string; callbackUrl?: string; changed?: string }>;
}) {
  const { next, callbackUrl, changed } = await searchParams;
  const target = next ?? (callbackUrl ? new URL(callbackUrl, "http://x").pathname : undefined);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      {changed === "1" && (
        <p role="status" className="mb-4 rounded-lg bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Your password was changed and every session of your account has ended. Sign in with the new password.
        </p>
      )}
      <SignInForm next={target} />
    </>
  );
}
