import type { Metadata } from "next";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; callbackUrl?: string }> }) {
  const { next, callbackUrl } = await searchParams;
  const target = next ?? (callbackUrl ? new URL(callbackUrl, "http://x").pathname : undefined);
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Sign in</h1>
      <SignInForm next={target} />
    </>
  );
}
