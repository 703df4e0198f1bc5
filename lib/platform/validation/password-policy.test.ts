import { describe, expect, test } from "vitest";
import { passwordWeakness } from "./password-policy";

describe("offline breached-pattern check", () => {
  test.each([
    "password1234",
    "P@ssw0rd2026!",
    "Welcome2026!!!",
    "qwertyuiop12",
    "1qaz2wsx3edc4rfv",
    "abcdefghijkl",
    "987654321098",
    "abcabcabcabc",
    "202620262026",
    "aaaaaaaaaaaa",
    "iloveyou2026",
    "Banking12345",
    "monkeymonkey",
    "12121212121212",
  ])("refuses %j", (p) => {
    expect(passwordWeakness(p)).not.toBeNull();
  });

  test.each(["correct horse battery staple", "Atlas-ledger-7-otter", "mirrors of the gulf 1987", "vQ9#tL2m!xR4"])("accepts %j", (p) => {
    expect(passwordWeakness(p)).toBeNull();
  });

  test("refuses a password built on the person's own name or e-mail", () => {
    expect(passwordWeakness("zara-zenith-2026!", ["Zara Zenith".split(" ")[1]!, "zara.z@bank.example".split("@")[0]!])).toMatch(
      /name or e-mail/,
    );
  });
});
