import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { assembleFramework, FrameworkDataError, moduleFileSchema, parseFrameworkFile } from "./framework-schema";
import cx from "./frameworks/meyar-2026-2/cx.json" with { type: "json" };
import {
  allFactors,
  allItems,
  fnv1a32,
  frameworkFingerprint,
  frameworkTranslations,
  frameworks,
  getLocalizedFramework,
  latestFramework,
  meyar2026_1,
  meyar2026_2,
  paperCitation,
  validateFramework,
  type FrameworkDef,
  type ModuleKey,
} from "./index";

const moduleOf = (fw: FrameworkDef, key: ModuleKey) => {
  const m = fw.modules.find((x) => x.key === key);
  if (!m) throw new Error(`module ${key} missing`);
  return m;
};

/** Seed 002, Findings: "Qualitative analysis revealed six primary categories: …" — copied verbatim, in the paper's order. */
const SEED_002_CATEGORIES = [
  "the establishment of macro digital policies",
  "the development of a digitally-centered organizational framework",
  "the management and assessment of digital transformation initiatives",
  "the configuration of structures centered on enhancing the customer digital experience",
  "the design of a strategic digital banking ecosystem",
  "the enhancement of digital performance management",
];

/** Seed 001, legend of Table 1 (the 17 factors in the paper's numbering), verbatim. */
const SEED_001_TABLE_1 =
  "1. Infrastructure; 2. Brand-related Factors; 3. Digital Banking; 4. Information System; 5. Training; 6. Customer-Related Issues; " +
  "7. Socio-Cultural Factors; 8. Motivation; 9. Access and Application; 10. Management and Planning; 11. Support and Protection; " +
  "12. Substitution; 13. Development of Return on Investment; 14. Relationship Management; 15. Marketing; 16. Performance; 17. Interactions";

/** Seed 004, abstract: the 18 main categories as its results list them, verbatim. */
const SEED_004_CATEGORIES = [
  "rapid response of the bank to the external environment",
  "implementation of international standards in customer orientation",
  "social responsibility of the bank",
  "determining the management framework",
  "manpower supply",
  "determining strategies",
  "value creation for the customers",
  "integrated marketing",
  "development of technology and novel banking services",
  "strategic alliance",
  "delta model",
  "changing the approach of senior management",
  "liberalization, and deregulation by the government",
  "culture of bank empowerment",
  "dynamic competition",
  "gaining competitive advantage for the bank",
  "customer satisfaction",
  "strengthening banking services in the community",
];

/** "the establishment of …" → "Establishment of …": the paper's noun phrase as a name. */
const asName = (phrase: string) => phrase.replace(/^the /, "").replace(/^./, (c) => c.toUpperCase());
/** For names whose spelling follows the framework's British English (liberalisation) and drop a stray comma. */
const loose = (s: string) =>
  s
    .toLowerCase()
    .replace(/is(e|ation)/g, "iz$1")
    .replace(/,/g, "");

describe("meyar-2026.2: the published content", () => {
  test("passes structural validation, is registered and is the latest version", () => {
    expect(validateFramework(meyar2026_2)).toEqual([]);
    expect(meyar2026_2.version).toBe("meyar-2026.2");
    expect(frameworks["meyar-2026.2"]).toBe(meyar2026_2);
    expect(latestFramework).toBe(meyar2026_2);
    expect(frameworks["meyar-2026.1"]).toBe(meyar2026_1);
  });

  test("content hash and translations are pinned", () => {
    // PUBLISHED: if this fails, revert your edit and publish meyar-2026.3 instead.
    expect(frameworkFingerprint(meyar2026_2)).toBe("72a2ad1e");
    expect(fnv1a32(JSON.stringify(frameworkTranslations["meyar-2026.2"]!.fa))).toBe("fb45d8d6");
    expect(fnv1a32(JSON.stringify(frameworkTranslations["meyar-2026.2"]!.ar))).toBe("5c36921a");
    expect(Object.isFrozen(meyar2026_2.modules[0]?.factors[0]?.items[0]?.source)).toBe(true);
  });

  test("scores like 2026.1: the same modules, factors, statements, keys, reverse scoring, rubrics and actions", () => {
    const shape = (fw: FrameworkDef) =>
      fw.modules.map((m) => ({
        key: m.key,
        optional: m.optional,
        categories: m.categories?.map((c) => c.key),
        factors: m.factors.map((f) => ({
          key: f.key,
          category: f.category,
          sources: f.sources,
          roles: f.paradigmRoles,
          level: f.publishedLevel,
          definition: f.definition,
          items: f.items.map((it) => [it.key, it.text, it.reverse]),
          rubric: f.rubric,
          actions: f.actions,
        })),
      }));
    expect(shape(meyar2026_2)).toEqual(shape(meyar2026_1));
    expect(meyar2026_2.sources).toEqual(meyar2026_1.sources);
  });

  test("only the CX category names differ from 2026.1", () => {
    const names = (fw: FrameworkDef) => allFactors(fw).map((f) => `${f.moduleKey}/${f.key}: ${f.name}`);
    const changed = names(meyar2026_2).filter((n, i) => n !== names(meyar2026_1)[i]);
    // "Management and assessment of digital transformation initiatives" was already the paper's wording.
    expect(changed.map((n) => n.split(":")[0])).toEqual([
      "cx/macro-digital-policies",
      "cx/digital-organisation",
      "cx/cx-structures",
      "cx/digital-ecosystem",
      "cx/digital-performance",
    ]);
  });
});

describe("meyar-2026.2: names as the papers give them", () => {
  test("the six CX categories are seed 002's, word for word and in its order", () => {
    expect(moduleOf(meyar2026_2, "cx").factors.map((f) => f.name)).toEqual(SEED_002_CATEGORIES.map(asName));
    expect(moduleOf(meyar2026_2, "cx").factors.map((f) => f.name)).toEqual([
      "Establishment of macro digital policies",
      "Development of a digitally-centered organizational framework",
      "Management and assessment of digital transformation initiatives",
      "Configuration of structures centered on enhancing the customer digital experience",
      "Design of a strategic digital banking ecosystem",
      "Enhancement of digital performance management",
    ]);
  });

  test("the 17 e-CRM factors are seed 001's Table 1, in its numbering (sentence case)", () => {
    const table = SEED_001_TABLE_1.split("; ").map((s) => s.replace(/^\d+\. /, ""));
    expect(moduleOf(meyar2026_2, "ecrm").factors.map((f) => f.name.toLowerCase())).toEqual(table.map((s) => s.toLowerCase()));
  });

  test("the 18 CKM categories are seed 004's (British spelling, no stray comma)", () => {
    expect(moduleOf(meyar2026_2, "ckm").factors.map((f) => loose(f.name))).toEqual(SEED_004_CATEGORIES.map(loose));
  });

  test("the Persian and Arabic CX names are new, not 2026.1's", () => {
    for (const locale of ["fa", "ar"] as const) {
      const older = moduleOf(getLocalizedFramework("meyar-2026.1", locale)!, "cx").factors;
      const newer = moduleOf(getLocalizedFramework("meyar-2026.2", locale)!, "cx").factors;
      const changed = newer.filter((f, i) => f.name !== older[i]?.name).map((f) => f.key);
      // "Management and assessment of digital transformation initiatives" was already the paper's wording.
      expect(changed, locale).toEqual([
        "macro-digital-policies",
        "digital-organisation",
        "cx-structures",
        "digital-ecosystem",
        "digital-performance",
      ]);
    }
  });
});

describe("meyar-2026.2: every statement names its source", () => {
  const seedIds = new Set(meyar2026_2.sources.map((s) => s.id));

  test("a seed paper among its factor's sources, cited as a paper, and a construct and location", () => {
    const items = allItems(meyar2026_2);
    expect(items).toHaveLength(189);
    for (const it of items) {
      const s = it.source;
      expect(s, it.key).toBeDefined();
      expect(seedIds.has(s!.paper), it.key).toBe(true);
      expect(allFactors(meyar2026_2).find((f) => f.key === it.factorKey)?.sources, it.key).toContain(s!.paper);
      expect(paperCitation(s!.paper).length, it.key).toBeGreaterThan(40);
      expect(s!.construct.trim().length, it.key).toBeGreaterThan(2);
      expect(s!.location.trim().length, it.key).toBeGreaterThan(2);
      if (s!.passage !== undefined) expect(s!.passage.trim().split(/\s+/).length, it.key).toBeGreaterThanOrEqual(3);
    }
  });

  test("each CX statement operationalises its own category of seed 002", () => {
    for (const [i, f] of moduleOf(meyar2026_2, "cx").factors.entries())
      for (const it of f.items) expect([it.key, it.source?.paper, it.source?.construct]).toEqual([it.key, "002", SEED_002_CATEGORIES[i]]);
  });

  test("a statement of a version published with sources cannot lose its source", () => {
    const file = structuredClone(cx) as { factors: { items: { source?: unknown }[] }[] };
    delete file.factors[2]!.items[1]!.source;
    const load = (itemSources?: "required") =>
      assembleFramework({
        ...(itemSources ? { itemSources } : {}),
        framework: { about: "test", version: "test", name: "test", publishedOn: "2026-12-06", modules: ["cx"] },
        sources: { about: "test", sources: meyar2026_2.sources.map((s) => ({ ...s })) },
        modules: { cx: parseFrameworkFile(moduleFileSchema, file, "cx.json") },
      });
    expect(load().modules[0]!.factors[2]!.items[1]!.source).toBeUndefined();
    let error: unknown;
    try {
      load("required");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FrameworkDataError);
    expect((error as FrameworkDataError).problems).toEqual([
      {
        path: "modules[cx].factors[transformation-management].items[1]",
        message: 'statement "cx.transformation-management.2" has no source',
      },
    ]);
  });

  test("a passage comes with its location", () => {
    const file = structuredClone(cx) as { factors: { items: { source?: { passageLocation?: string } }[] }[] };
    delete file.factors[0]!.items[0]!.source!.passageLocation;
    expect(() => parseFrameworkFile(moduleFileSchema, file, "cx.json")).toThrow(
      "factors[0].items[0].source.passageLocation: passage and passageLocation go together",
    );
  });

  test("a source must cite one of its factor's studies", () => {
    const bad: FrameworkDef = structuredClone(meyar2026_2) as FrameworkDef;
    bad.modules[0]!.factors[0]!.items[0]!.source!.paper = "004";
    expect(validateFramework(bad)).toEqual([
      { path: "modules[cx].factors[macro-digital-policies].items[0].source", message: 'paper "004" is not among the factor\'s sources' },
    ]);
  });
});

// The seed texts are not in the repository; where they are at hand (the research corpus, or MEYAR_SEEDS_DIR), every
// quoted passage and construct is checked against them word for word (whitespace and typographic apostrophes aside).
const SEEDS_DIR = process.env.MEYAR_SEEDS_DIR ?? "/work/shared/seeds";
const haveSeeds = existsSync(SEEDS_DIR) && readdirSync(SEEDS_DIR).some((f) => /^00\d_/.test(f));

describe.skipIf(!haveSeeds)("meyar-2026.2: sources checked against the seed texts", () => {
  const norm = (s: string) => s.replace(/[’‘]/g, "'").replace(/\s+/g, " ").trim();
  const seed = (id: string) => {
    const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${id}_`));
    if (!file) throw new Error(`seed ${id} not found in ${SEEDS_DIR}`);
    return norm(readFileSync(path.join(SEEDS_DIR, file), "utf8"));
  };
  const texts = Object.fromEntries(meyar2026_2.sources.map((s) => [s.id, seed(s.id)]));

  test("every quoted passage stands verbatim in its paper", () => {
    const passages = allItems(meyar2026_2).filter((it) => it.source?.passage !== undefined);
    expect(passages.length).toBeGreaterThanOrEqual(40);
    for (const it of passages) expect(texts[it.source!.paper]!.includes(norm(it.source!.passage!)), it.key).toBe(true);
  });

  test("every construct is the paper's own wording", () => {
    for (const it of allItems(meyar2026_2))
      expect(texts[it.source!.paper]!.toLowerCase().includes(norm(it.source!.construct).toLowerCase()), it.key).toBe(true);
  });

  test("the category lists above are the papers' own", () => {
    expect(texts["002"]).toContain(norm(SEED_002_CATEGORIES.join("; ").replace(/; the enhancement/, "; and the enhancement")));
    expect(texts["001"]).toContain(SEED_001_TABLE_1);
    for (const c of SEED_004_CATEGORIES) expect(texts["004"]!.includes(c), c).toBe(true);
  });
});
