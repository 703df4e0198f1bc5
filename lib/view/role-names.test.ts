import { describe, expect, it } from "vitest";
import { meyar2026_1 } from "../domain/instrument";
import { displayName, printName, termTitle } from "./role-names";

describe("plain names for the grounded-theory roles", () => {
  it("shows every CKM category of the instrument by its plain name, the academic term kept for a tooltip", () => {
    const ckm = meyar2026_1.modules.find((m) => m.key === "ckm");
    const names = (ckm?.categories ?? []).map((c) => displayName(c.name));
    expect(names.map((n) => n.name)).toEqual([
      "Root causes",
      "The core capability",
      "What the bank does",
      "The setting",
      "Enablers and obstacles",
      "Results",
    ]);
    expect(names[0]).toMatchObject({ academicTerm: "Causal conditions", explanation: expect.stringContaining("necessary") });
    expect(termTitle(names[0]!)).toMatch(/^Causal conditions: /);
  });

  it("prints the plain name with the academic term in brackets, and leaves other names alone", () => {
    expect(printName("Causal conditions")).toBe("Root causes (causal conditions)");
    expect(printName("Intervening conditions")).toBe("Enablers and obstacles (intervening conditions)");
    expect(displayName("Digital banking")).toEqual({ name: "Digital banking", academicTerm: null, explanation: null });
    expect(displayName("causal").academicTerm).toBeNull();
    expect(termTitle(displayName("Marketing"))).toBeUndefined();
  });
});
