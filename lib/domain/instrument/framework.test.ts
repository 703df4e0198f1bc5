import { describe, expect, test } from "vitest";
import reference from "../data/ecrm-ism-azimi-2023.json" with { type: "json" };
import {
  allFactors,
  allItems,
  factorByKey,
  frameworkFingerprint,
  frameworks,
  getFramework,
  latestFramework,
  meyar2026_1,
  validateFramework,
  type ModuleKey,
} from "./index";

const moduleOf = (key: ModuleKey) => {
  const m = meyar2026_1.modules.find((x) => x.key === key);
  if (!m) throw new Error(`module ${key} missing`);
  return m;
};

/**
 * Every reverse-worded item of meyar-2026.1 and the phrase that makes agreement mean LOWER maturity.
 * Maintained by hand: adding, removing or rewording a reverse item must update this list (in a new version).
 */
const REVERSE_CUES: Record<string, string> = {
  "cx.macro-digital-policies.5": "without a clear link",
  "cx.digital-organisation.5": "No one",
  "cx.transformation-management.5": "without deciding",
  "cx.cx-structures.5": "have to visit a branch",
  "cx.digital-ecosystem.5": "slow and costly",
  "cx.digital-performance.5": "too late",
  "ecrm.infrastructure.5": "Outdated systems",
  "ecrm.brand.5": "falls short",
  "ecrm.digital-banking.5": "only be obtained by visiting a branch",
  "ecrm.information-system.5": "re-enter the same customer data",
  "ecrm.training.5": "without formal training",
  "ecrm.customer-issues.5": "left without a response",
  "ecrm.socio-cultural.5": "assumes that all customers are equally",
  "ecrm.motivation.5": "rarely use them",
  "ecrm.access-application.5": "cannot find",
  "ecrm.management-planning.5": "change whenever",
  "ecrm.support-protection.5": "wait a long time",
  "ecrm.substitution.5": "still require paper",
  "ecrm.roi-development.5": "cannot say",
  "ecrm.relationship-management.5": "more effort into winning new customers than into keeping",
  "ecrm.marketing.5": "the same marketing messages to all",
  "ecrm.performance.5": "used much less than was expected",
  "ecrm.interactions.5": "contradictory information",
  "ckm.rapid-response.4": "competitors have usually already responded",
  "ckm.international-standards.4": "based only on local habit",
  "ckm.social-responsibility.4": "unrelated to customers' needs",
  "ckm.management-framework.5": "stays in the heads",
  "ckm.manpower-supply.4": "often loses staff",
  "ckm.knowledge-strategy.4": "not guided by any",
  "ckm.customer-value-creation.4": "the same products and terms to all customers",
  "ckm.integrated-marketing.4": "conflicting offers",
  "ckm.technology-novel-services.4": "copies of competitors",
  "ckm.strategic-alliance.4": "rarely last",
  "ckm.delta-model.4": "mainly on the price",
  "ckm.senior-management-approach.4": "rather than on customers",
  "ckm.liberalisation-deregulation.4": "unprepared",
  "ckm.empowerment-culture.4": "for fear of making mistakes",
  "ckm.dynamic-competition.4": "hears about competitors' new offers from its own customers",
  "ckm.competitive-advantage.4": "loses customers to competitors faster",
  "ckm.customer-satisfaction.5": "without changing anything",
  "ckm.community-banking-services.4": "little practical access",
};

describe("meyar-2026.1 structure", () => {
  test("passes structural validation", () => {
    expect(validateFramework(meyar2026_1)).toEqual([]);
  });

  test("is registered, and superseded by meyar-2026.2 for new assessments", () => {
    expect(meyar2026_1.version).toBe("meyar-2026.1");
    expect(getFramework("meyar-2026.1")).toBe(meyar2026_1);
    expect(frameworks["meyar-2026.1"]).toBe(meyar2026_1);
    expect(latestFramework.version).toBe("meyar-2026.2");
    expect(getFramework("meyar-1999.1")).toBeUndefined();
  });

  test("cites the five seeds", () => {
    expect(meyar2026_1.sources.map((s) => s.id)).toEqual(["000", "001", "002", "003", "004"]);
    const s001 = meyar2026_1.sources.find((s) => s.id === "001");
    expect(s001?.citation).toContain("10.61838/kman.ijimob.3.4.7");
  });

  test("has three modules with 6 + 17 + 18 factors; only ckm is optional", () => {
    expect(meyar2026_1.modules.map((m) => m.key)).toEqual(["cx", "ecrm", "ckm"]);
    expect(moduleOf("cx").factors).toHaveLength(6);
    expect(moduleOf("ecrm").factors).toHaveLength(17);
    expect(moduleOf("ckm").factors).toHaveLength(18);
    expect(meyar2026_1.modules.filter((m) => m.optional).map((m) => m.key)).toEqual(["ckm"]);
  });

  test("cx follows the six categories of seed 002 in the paper's order, starting with macro digital policies", () => {
    expect(moduleOf("cx").factors.map((f) => f.key)).toEqual([
      "macro-digital-policies",
      "digital-organisation",
      "transformation-management",
      "cx-structures",
      "digital-ecosystem",
      "digital-performance",
    ]);
    for (const f of moduleOf("cx").factors) expect(f.sources).toContain("002");
  });

  test("ckm has the six classes of seed 004 with 3+4+4+2+2+3 categories", () => {
    const ckm = moduleOf("ckm");
    expect(ckm.categories?.map((c) => c.key)).toEqual(["causal", "central", "strategies", "contextual", "intervening", "consequences"]);
    const count = (cat: string) => ckm.factors.filter((f) => f.category === cat).length;
    expect([
      count("causal"),
      count("central"),
      count("strategies"),
      count("contextual"),
      count("intervening"),
      count("consequences"),
    ]).toEqual([3, 4, 4, 2, 2, 3]);
    for (const f of ckm.factors) expect(f.sources).toContain("004");
  });

  test("e-CRM keys, names, roles and published levels equal the reference data of seed 001", () => {
    const ecrm = moduleOf("ecrm");
    expect(ecrm.factors.map((f) => f.key)).toEqual(reference.factors.map((f) => f.key));
    for (const ref of reference.factors) {
      const f = ecrm.factors.find((x) => x.key === ref.key);
      expect(f, ref.key).toBeDefined();
      expect(f?.name).toBe(ref.name);
      expect(f?.paradigmRoles).toEqual(ref.paradigmRoles);
      expect(f?.publishedLevel).toBe(ref.publishedLevel);
      expect(f?.sources).toContain("001");
    }
  });

  test("factor keys are unique across the whole framework", () => {
    const keys = allFactors(meyar2026_1).map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe("meyar-2026.1 items", () => {
  test("every item is a single statement that ends with a full stop and is not overly long", () => {
    for (const it of allItems(meyar2026_1)) {
      expect(it.text.endsWith("."), it.key).toBe(true);
      expect(it.text.length, it.key).toBeLessThanOrEqual(130);
      expect(it.text.includes("?"), it.key).toBe(false);
    }
  });

  test("every factor has at least one reverse-worded and at least two positively-worded items", () => {
    for (const f of allFactors(meyar2026_1)) {
      expect(f.items.filter((i) => i.reverse).length, f.key).toBeGreaterThanOrEqual(1);
      expect(f.items.filter((i) => !i.reverse).length, f.key).toBeGreaterThanOrEqual(2);
    }
  });

  test("each module has several reverse items", () => {
    for (const key of ["cx", "ecrm", "ckm"] as const) {
      expect(allItems(meyar2026_1, [key]).filter((i) => i.reverse).length, key).toBeGreaterThanOrEqual(5);
    }
  });

  test("reverse items are exactly the maintained list, and each is phrased negatively", () => {
    const reverse = allItems(meyar2026_1).filter((i) => i.reverse);
    expect(reverse.map((i) => i.key).sort()).toEqual(Object.keys(REVERSE_CUES).sort());
    for (const it of reverse) expect(it.text, it.key).toContain(REVERSE_CUES[it.key]);
    // Positive items must not carry the cue of a reverse item of the same factor.
    for (const f of allFactors(meyar2026_1)) {
      const cues = f.items.filter((i) => i.reverse).map((i) => REVERSE_CUES[i.key] ?? "");
      for (const it of f.items.filter((i) => !i.reverse)) for (const c of cues) expect(it.text, it.key).not.toContain(c);
    }
  });

  test("counts per module are as published", () => {
    const counts = Object.fromEntries(
      (["cx", "ecrm", "ckm"] as const).map((k) => {
        const items = allItems(meyar2026_1, [k]);
        return [k, { items: items.length, reverse: items.filter((i) => i.reverse).length }];
      }),
    );
    expect(counts).toEqual({
      cx: { items: 30, reverse: 6 },
      ecrm: { items: 85, reverse: 17 },
      ckm: { items: 74, reverse: 18 },
    });
  });
});

describe("helpers", () => {
  test("allItems respects the module selection and keeps questionnaire order", () => {
    const core = allItems(meyar2026_1, ["cx", "ecrm"]);
    expect(core.every((i) => i.moduleKey !== "ckm")).toBe(true);
    expect(core[0]?.key).toBe("cx.macro-digital-policies.1");
    expect(core[0]?.factorKey).toBe("macro-digital-policies");
    expect(allItems(meyar2026_1)).toHaveLength(189);
  });

  test("factorByKey finds a factor and its module", () => {
    const f = factorByKey(meyar2026_1, "support-protection");
    expect(f?.moduleKey).toBe("ecrm");
    expect(f?.publishedLevel).toBe(7);
    expect(factorByKey(meyar2026_1, "nope")).toBeUndefined();
  });
});

describe("frozen version", () => {
  // A PUBLISHED VERSION MUST NEVER CHANGE: assessments answered against meyar-2026.1 must stay comparable.
  // If this test fails, revert your edit. To change content, add frameworks/meyar-2026-2/ (copy, edit,
  // register it in ./index.ts and pin its own hash) and leave meyar-2026.1 as it is.
  test("meyar-2026.1 content hash is pinned", () => {
    expect(frameworkFingerprint(meyar2026_1)).toBe("0956be09");
  });

  test("the published object cannot be mutated at run time", () => {
    expect(Object.isFrozen(meyar2026_1)).toBe(true);
    expect(Object.isFrozen(meyar2026_1.modules[0]?.factors[0]?.items[0])).toBe(true);
    expect(() => {
      (meyar2026_1 as { version: string }).version = "changed";
    }).toThrow();
  });
});
