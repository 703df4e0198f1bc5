// POST /api/stripe/webhook – Stripe's events. No session: the Stripe signature on the raw body is
// the authentication (lib/features/billing/webhook.ts). `stripe listen --forward-to localhost:3000/api/stripe/webhook`
import { db } from "@/lib/platform/db/prisma";
import { handleStripeWebhook } from "@/lib/features/billing/webhook";

export const dynamic = "force-dynamic";

// Stripe's payloads are small; anything far larger is not Stripe.
const MAX_BYTES = 1024 * 1024;

export async function POST(request: Request) {
  const payload = await request.text();
  if (payload.length > MAX_BYTES) return Response.json({ error: "Request body too large." }, { status: 413 });
  const { status, body } = await handleStripeWebhook(db, payload, request.headers.get("stripe-signature"));
  return Response.json(body, { status });
}
