// Respondent links: created, shown, sent and re-sent. The token is stored hashed (for lookup)
// and sealed (so an admin can copy or re-send it); never in plain text.
import { hashToken, newToken } from "../../platform/security/tokens.ts";
import { seal, unseal } from "../../platform/security/seal.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";

const PURPOSE = "respondent-link";

export function issueRespondentToken(): { token: string; tokenHash: string; tokenSealed: string } {
  const token = newToken();
  return { token, tokenHash: hashToken(token), tokenSealed: seal(token, PURPOSE) };
}

export function respondentToken(tokenSealed: string): string | null {
  return unseal(tokenSealed, PURPOSE);
}

export function respondentUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/respond/${token}`;
}

export async function sendRespondentLink(
  mailer: Mailer,
  args: { to: string; url: string; organizationName: string; assessmentName: string; deadline: Date | null; reminder: boolean },
): Promise<void> {
  const due = args.deadline ? ` Please answer by ${args.deadline.toISOString().slice(0, 10)}.` : "";
  await mailer.send({
    to: args.to,
    subject: `${args.reminder ? "Reminder: " : ""}${args.organizationName} asks for your view — ${args.assessmentName}`,
    text:
      `${args.organizationName} is assessing the maturity of its digital customer experience and would value your answers.\n\n` +
      `Open your personal questionnaire (no account needed):\n${args.url}\n\n` +
      `It takes about 20 minutes. Every answer is saved as you go, so you can stop and come back with the same link.${due}\n\n` +
      "This link is personal: please do not forward it.\n",
  });
}
