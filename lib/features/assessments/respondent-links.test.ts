import { describe, expect, it } from "vitest";
import type { Mailer } from "../../platform/mail/mailer.ts";
import { respondentLanguage, sendRespondentLink } from "./respondent-links.ts";

function capture() {
  const sent: { to: string; subject: string; text: string }[] = [];
  const mailer = { send: async (m: { to: string; subject: string; text: string }) => void sent.push(m) } as unknown as Mailer;
  return { sent, mailer };
}

const base = {
  to: "leila@mellat.example",
  url: "https://meyar.test/respond/abc",
  organizationName: "Bank Mellat",
  assessmentName: "CX 1405",
  deadline: new Date("2026-12-21T00:00:00Z"),
};

describe("respondent invitations", () => {
  it("are written in the bank's language, with its digits and calendar, the link left intact", async () => {
    const { sent, mailer } = capture();
    await sendRespondentLink(mailer, { ...base, reminder: false, locale: "fa" });
    await sendRespondentLink(mailer, { ...base, reminder: true, locale: "ar" });
    await sendRespondentLink(mailer, { ...base, reminder: false, locale: "en" });
    expect(sent.map((m) => m.subject)).toEqual([
      "Bank Mellat نظر شما را می‌خواهد — CX 1405",
      "تذكير: Bank Mellat يطلب رأيك — CX 1405",
      "Bank Mellat asks for your view — CX 1405",
    ]);
    expect(sent[0]!.text).toContain("لطفاً تا ۳۰ آذر ۱۴۰۵ پاسخ دهید.");
    expect(sent[1]!.text).toContain("٢١ ديسمبر ٢٠٢٦");
    expect(sent[2]!.text).toContain("Please answer by 21 December 2026.");
    for (const m of sent) expect(m.text).toContain("\nhttps://meyar.test/respond/abc\n");
  });

  it("fall back to English when the bank's language is unknown", () => {
    expect(respondentLanguage({ defaultLocale: "fa" })).toBe("fa");
    expect(respondentLanguage({ defaultLocale: "xx" })).toBe("en");
    expect(respondentLanguage({})).toBe("en");
  });
});
