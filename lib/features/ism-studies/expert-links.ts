// Expert links: issued, hashed and sealed exactly like respondent links (lib/features/assessments/respondent-links.ts);
// only the address and the e-mail text differ.
import "server-only";
import { issueRespondentToken, respondentToken } from "../assessments/respondent-links.ts";
import { appBaseUrl } from "../../platform/http/app-url.ts";
import { createMailer } from "../../platform/mail/mailer.ts";

export const issueExpertToken = issueRespondentToken;
export const expertToken = respondentToken;

export function expertUrl(baseUrl: string, token: string): string {
  return `${baseUrl.replace(/\/$/, "")}/ism/${token}`;
}

/** E-mails each new expert their link when SMTP is configured; returns how many were sent. */
export async function emailExpertLinks(
  organizationName: string,
  studyName: string,
  pairs: number,
  recipients: { email: string; name: string; token: string }[],
): Promise<number> {
  const mailer = createMailer();
  if (!mailer) return 0;
  let sent = 0;
  for (const r of recipients) {
    try {
      await mailer.send({
        to: r.email,
        subject: `${organizationName} asks for your expert judgement — ${studyName}`,
        text:
          `Dear ${r.name},\n\n${organizationName} is building an interpretive structural model and would value your judgement ` +
          `on ${pairs} pairs of factors: for each pair, does one influence the other, both, or neither?\n\n` +
          `Open your personal questionnaire (no account needed):\n${expertUrl(appBaseUrl(), r.token)}\n\n` +
          "Each answer is saved as you go, so you can stop and come back with the same link. This link is personal: please do not forward it.\n",
      });
      sent++;
    } catch (e) {
      console.error("[mail] sending an expert link failed", e instanceof Error ? e.message : e);
    }
  }
  return sent;
}
