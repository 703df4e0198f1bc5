import type { Metadata } from "next";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ next?: string; email?: string }> }) {
  const { next, email } = await searchParams;
  return (
    <>
      <h1 className="mb-4 text-xl font-semibold">Create your account</h1>
      <SignUpForm next={next} email={email} />
    </>
  );
}
