// Stripe webhook events as Stripe sends them (the fields Meyar reads, in Stripe's shapes), signed
// by the real SDK. Times are Unix seconds, as in Stripe's payloads.
import Stripe from "stripe";

export const TEST_ENV = {
  STRIPE_SECRET_KEY: "sk_test_meyar_local_only",
  STRIPE_WEBHOOK_SECRET: "whsec_meyar_test_secret",
  STRIPE_PRICE_PROFESSIONAL: "price_professional_test",
  STRIPE_PRICE_CONSULTANCY: "price_consultancy_test",
  STRIPE_PRICE_REGULATOR: "price_regulator_test",
  // Any call the SDK might make goes to a closed local port, never to Stripe.
  STRIPE_API_HOST: "127.0.0.1",
  STRIPE_API_PORT: "9",
  STRIPE_API_PROTOCOL: "http",
  MEYAR_BILLING_GRACE_DAYS: "7",
} as const;

const sdk = new Stripe(TEST_ENV.STRIPE_SECRET_KEY);
let counter = 0;

export function stripeEvent(type: string, object: Record<string, unknown>, created: number, id = `evt_test_${++counter}_${created}`) {
  return {
    id,
    object: "event",
    api_version: "2026-10-28.endive",
    created,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  };
}

export function subscription(opts: {
  id?: string;
  customer: string;
  status: string;
  price: string;
  periodEnd: number;
  cancelAtPeriodEnd?: boolean;
  metadata?: Record<string, string>;
}) {
  return {
    id: opts.id ?? "sub_test_1",
    object: "subscription",
    customer: opts.customer,
    status: opts.status,
    cancel_at_period_end: opts.cancelAtPeriodEnd ?? false,
    metadata: opts.metadata ?? {},
    items: {
      object: "list",
      data: [
        { id: "si_test_1", object: "subscription_item", current_period_end: opts.periodEnd, price: { id: opts.price, object: "price" } },
      ],
    },
  };
}

export function invoice(opts: { customer: string; subscription: string; id?: string }) {
  return {
    id: opts.id ?? "in_test_1",
    object: "invoice",
    customer: opts.customer,
    parent: { type: "subscription_details", quote_details: null, subscription_details: { subscription: opts.subscription, metadata: {} } },
  };
}

export function checkoutSession(opts: { customer: string; subscription: string; organizationId: string; plan: string }) {
  return {
    id: "cs_test_1",
    object: "checkout.session",
    mode: "subscription",
    status: "complete",
    payment_status: "paid",
    customer: opts.customer,
    subscription: opts.subscription,
    client_reference_id: opts.organizationId,
    metadata: { organizationId: opts.organizationId, plan: opts.plan },
  };
}

/** The raw body and Stripe-Signature header Stripe would send; `timestamp` defaults to now. */
export function signed(event: object, opts: { secret?: string; timestamp?: number } = {}) {
  const payload = JSON.stringify(event, null, 2);
  const signature = sdk.webhooks.generateTestHeaderString({
    payload,
    secret: opts.secret ?? TEST_ENV.STRIPE_WEBHOOK_SECRET,
    timestamp: opts.timestamp,
  });
  return { payload, signature };
}
