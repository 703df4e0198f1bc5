// Outgoing e-mail through SMTP when configured (SMTP_URL, or SMTP_HOST/SMTP_PORT/SMTP_USER/SMTP_PASSWORD),
// otherwise none: the app then shows links to copy instead. Never logs message bodies (they hold links).
import nodemailer, { type Transporter } from "nodemailer";
import { env as currentEnv } from "../env.ts";

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

export function mailConfigured(env: Record<string, string | undefined> = currentEnv()): boolean {
  return Boolean(env.SMTP_URL || env.SMTP_HOST);
}

export function createMailer(env: Record<string, string | undefined> = currentEnv()): Mailer | null {
  if (!mailConfigured(env)) return null;
  const from = env.MAIL_FROM ?? "Meyar <no-reply@localhost>";
  const transport: Transporter = env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : nodemailer.createTransport({
        host: env.SMTP_HOST,
        port: Number(env.SMTP_PORT ?? 587),
        secure: env.SMTP_SECURE === "true",
        auth: env.SMTP_USER ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } : undefined,
        // Local relays in development often lack certificates; production keeps verification on.
        tls: env.SMTP_ALLOW_SELF_SIGNED === "true" ? { rejectUnauthorized: false } : undefined,
      });
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
  };
}
