// Respondent links: created, shown, sent and re-sent. The token is stored hashed (for lookup)
// and sealed (so an admin can copy or re-send it); never in plain text.
import { hashToken, newToken } from "../../platform/security/tokens.ts";
import { seal, unseal } from "../../platform/security/seal.ts";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { translatorFor } from "../../view/i18n/translator.ts";
import { isLocale, type Locale } from "../../view/i18n/locales.ts";

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

/** The language a bank's respondents are written to in: its default, English when unset or unknown. */
export function respondentLanguage(org: { defaultLocale?: string | null }): Locale {
  return isLocale(org.defaultLocale) ? org.defaultLocale : "en";
}

/** The invitation or reminder, in the recipient's language (the bank's default until the respondent chooses one). */
export async function sendRespondentLink(
  mailer: Mailer,
  args: {
    to: string;
    url: string;
    organizationName: string;
    assessmentName: string;
    deadline: Date | null;
    reminder: boolean;
    locale: Locale;
  },
): Promise<void> {
  const t = translatorFor(args.locale);
  const names = { organization: args.organizationName, assessment: args.assessmentName };
  const due = args.deadline ? ` ${t("mail.respondentLink.due", { deadline: args.deadline })}` : "";
  await mailer.send({
    to: args.to,
    subject: t(args.reminder ? "mail.respondentLink.reminderSubject" : "mail.respondentLink.subject", names),
    text:
      `${t("mail.respondentLink.intro", names)}\n\n` +
      `${t("mail.respondentLink.open")}\n${args.url}\n\n` +
      `${t("mail.respondentLink.duration")}${due}\n\n` +
      `${t("mail.respondentLink.personal")}\n`,
  });
}
