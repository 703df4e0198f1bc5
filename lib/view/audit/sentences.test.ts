import { describe, expect, it } from "vitest";
import { auditCodesOf, auditKindOf, auditSentence } from "./sentences.ts";

describe("audit events read as sentences", () => {
  it("names the actor and the object, and reads recorded details into the sentence", () => {
    expect(
      auditSentence(
        { action: "member.role-changed", detail: { from: "VIEWER", to: "ADMIN" } },
        { actor: "Dana Owner", objectName: "Sam Analyst" },
      ),
    ).toBe("Dana Owner changed the role of Sam Analyst from viewer to admin.");
    expect(
      auditSentence({ action: "assessment.closed", detail: { from: "OPEN", to: "CLOSED" } }, { actor: "Dana", objectName: "Q1 2026" }),
    ).toBe("Dana closed the assessment Q1 2026.");
  });

  it("chooses whole sentences by count, never gluing fragments", () => {
    const one = auditSentence({ action: "assessment.respondents-added", detail: { count: 1 } }, { actor: "Dana", objectName: "Q1" });
    const many = auditSentence({ action: "assessment.respondents-added", detail: { count: 12 } }, { actor: "Dana", objectName: "Q1" });
    expect([one, many]).toEqual(["Dana invited 1 respondent to Q1.", "Dana invited 12 respondents to Q1."]);
  });

  it("falls back to the recorded name when the object is gone, and says so when nothing names it", () => {
    expect(
      auditSentence({ action: "initiative.deleted", detail: { title: "Mobile onboarding" } }, { actor: "Dana", objectName: null }),
    ).toBe("Dana deleted the initiative Mobile onboarding.");
    expect(auditSentence({ action: "assessment.closed", detail: null }, { actor: null, objectName: null })).toBe(
      "Someone closed the assessment (deleted).",
    );
  });

  it("an unknown code still reads, with the code quoted", () => {
    expect(auditSentence({ action: "future.thing", detail: null }, { actor: "Dana", objectName: null })).toBe("Dana did “future.thing”.");
  });

  it("every kind has codes and every code one kind", () => {
    expect(auditCodesOf("security")).toContain("auth.signed-in");
    expect(auditKindOf("grant.created")).toBe("access");
    expect(auditKindOf("nope")).toBeNull();
  });
});
