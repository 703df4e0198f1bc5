// POST /api/stripe/webhook – Stripe's events. No session: the Stripe signature on the raw body is
// the authentication (lib/features/billing/webhook.ts). `stripe listen --forward-to localhost:3000/api/stripe/webhook`
import { db } from "@/lib/platform/db/prisma";
import { handleStripeWebhook } from "@/lib/features/billing/webhook";
import { readTextWithin, tooLarge } from "@/lib/platform/http/json-body";
import { jsonResponse } from "@/lib/platform/http/json-response";

export const dynamic = "force-dynamic";

// Stripe's payloads are small; anything far larger is not Stripe.
const MAX_BYTES = 1024 * 1024;

export async function POST(request: Request) {
  // Stripe signs the raw bytes, so the body is read as text (not JSON), through the same bounded reader.
  const payload = await readTextWithin(request, MAX_BYTES);
  if (payload === null) return jsonResponse(tooLarge(MAX_BYTES));
  const { status, body } = await handleStripeWebhook(db, payload, request.headers.get("stripe-signature"));
  return Response.json(body, { status });
}
