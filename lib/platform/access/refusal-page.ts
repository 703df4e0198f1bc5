import "server-only";
// The page side of the refusal conversion (./refusal.ts has the action and JSON sides).
import { forbidden, notFound, redirect } from "next/navigation";
import { AccessError } from "./access.ts";

/** For pages. A plan refusal has no page of its own: pages that declare a feature render PlanRequired. */
export function refusalPage(e: unknown): never {
  if (!(e instanceof AccessError)) throw e;
  if (e.reason === "not-found") notFound();
  if (e.reason === "two-factor-required") redirect("/account/two-factor?required=1");
  if (e.reason === "forbidden" || e.reason === "payment-required") forbidden();
  redirect("/sign-in");
}
