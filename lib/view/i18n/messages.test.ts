import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl/core";
import { LOCALES, intlTagOf } from "./locales";
import { messagesFor } from "./messages";
import { SSIM_LETTERS } from "../../domain/ism/types";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === "string" ? [[`${prefix}${k}`, v]] : Object.entries(flatten(v, `${prefix}${k}.`)),
    ),
  );
}

/** The {placeholders} a message uses, ignoring plural and select branches' inner text. */
function argumentsOf(message: string): string[] {
  return [...new Set([...message.matchAll(/\{\s*([a-zA-Z]+)\s*(?:[,}])/g)].map((m) => m[1]!))].sort();
}

const en = flatten(messagesFor("en") as Tree);

describe("messages", () => {
  it("every message key exists in English, Persian and Arabic, with the same placeholders", () => {
    for (const locale of LOCALES) {
      const other = flatten(messagesFor(locale) as Tree);
      expect(Object.keys(other).sort(), locale).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(other)) {
        expect(text.trim(), `${locale} ${key}`).not.toBe("");
        expect(argumentsOf(text), `${locale} ${key}`).toEqual(argumentsOf(en[key]!));
      }
    }
  });

  it("every message parses and formats in its language (plural rules, digits)", () => {
    for (const locale of LOCALES) {
      const t = createTranslator({
        locale: intlTagOf(locale),
        messages: messagesFor(locale),
        timeZone: "UTC",
        onError: (e) => {
          throw e;
        },
      });
      for (const key of Object.keys(flatten(messagesFor(locale) as Tree))) {
        const format = () =>
          (t.markup as unknown as (key: string, values: Record<string, unknown>) => string)(key, {
            strong: (chunks: string) => chunks,
            b: "B",
            expert: "Dr Rahimi",
            pairs: 6,
            percent: 0.5,
            a: "A",
            example: "E",
            count: 3,
            total: 60,
            answered: 12,
            index: 2,
            threshold: 5,
            status: 500,
            organization: "Atlas Bank",
            module: "CX",
            title: "T",
            when: new Date("2026-12-03T10:00:00Z"),
            deadline: new Date("2026-12-21T00:00:00Z"),
            assessment: "CX 2026",
            k: 5,
            margin: 6,
            round: "2026",
            group: "private, small",
            region: "Gulf",
            median: "3.1",
            q1: "2.8",
            q3: "3.4",
            level: 2,
            plan: "Professional",
            provider: "Entra ID",
          });
        expect(format, `${locale} ${key}`).not.toThrow();
      }
    }
    const fa = createTranslator({ locale: intlTagOf("fa"), messages: messagesFor("fa"), namespace: "questionnaire" });
    expect(fa("progressText", { answered: 12, total: 60 })).toBe("۱۲ از ۶۰ پاسخ داده شده");
    const ar = createTranslator({ locale: intlTagOf("ar"), messages: messagesFor("ar"), namespace: "questionnaire.submit" });
    expect(ar("remaining", { count: 2 })).toMatch(/^ما زالت عبارتان/);
    expect(ar("remaining", { count: 3 })).toMatch(/^ما زالت ٣ عبارات/);
    const peers = (locale: "fa" | "ar", count: number) =>
      createTranslator({ locale: intlTagOf(locale), messages: messagesFor(locale), namespace: "benchmark" })("peerCount", { count });
    expect(peers("fa", 12)).toBe("۱۲ مؤسسه");
    expect(peers("ar", 2)).toBe("مؤسستان");
    expect(peers("ar", 7)).toBe("٧ مؤسسات");
    expect(peers("ar", 44)).toBe("٤٤ مؤسسة");
  });

  it("explain each SSIM letter (V, A, X, O) to experts, with an example, in every language", () => {
    for (const locale of LOCALES) {
      const guide = messagesFor(locale).expert.guide;
      for (const letter of SSIM_LETTERS) {
        expect(guide[letter].meaning.length, `${locale} ${letter}`).toBeGreaterThan(10);
        expect(guide[letter].example.length, `${locale} ${letter}`).toBeGreaterThan(10);
      }
    }
  });

  it("Persian and Arabic messages are written in their script, and Persian uses ی and ک", () => {
    for (const locale of ["fa", "ar"] as const) {
      const texts = Object.values(flatten(messagesFor(locale) as Tree)).filter((t) => /\p{L}/u.test(t.replace(/\{[^{}]*\}/g, "")));
      expect(
        texts.filter((t) => !/[\u0600-\u06FF]/.test(t)),
        locale,
      ).toEqual([]);
    }
    expect(Object.values(flatten(messagesFor("fa") as Tree)).filter((t) => /[يك]/.test(t))).toEqual([]);
  });
});
