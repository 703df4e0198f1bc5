import { describe, it, expect } from "vitest";
import { getModule, meyar2026_1 } from "../instrument";
import { GROUNDED_THEORY_ROLES, roleWording } from "./vocabulary";

const ckmCategories = getModule(meyar2026_1, "ckm")?.categories ?? [];

describe("vocabulary", () => {
  it("has plain words for every grounded-theory role the instrument uses", () => {
    expect(ckmCategories).toHaveLength(6);
    for (const c of ckmCategories) {
      expect(roleWording(c.name)?.academicTerm).toBe(c.name);
      expect(roleWording(c.key)?.academicTerm).toBe(c.name);
    }
    for (const key of ["causal", "contextual", "central", "intervening", "strategy", "outcome"]) expect(roleWording(key)).toBeDefined();
    expect(GROUNDED_THEORY_ROLES["Causal conditions"].plainName).toBe("Root causes");
    expect(roleWording("nonsense")).toBeUndefined();
  });
});
