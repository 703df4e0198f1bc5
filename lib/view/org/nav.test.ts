import { describe, expect, it } from "vitest";
import { orgNavLinks, type OrgNavInput } from "./nav.ts";
import { PLANS } from "../../domain/billing/plans.ts";
import { messagesFor } from "../i18n/messages.ts";

const base: Omit<OrgNavInput, "kind" | "features"> = { slug: "x", canManage: true, hasIsmStudies: false, hasApiKeys: false };
const labels = (input: OrgNavInput) => orgNavLinks(input).map((l) => messagesFor("en").shell.nav[l.key]);

describe("the organisation menu shows each kind what it can use", () => {
  it("a bank on Professional sees no ISM studies or API keys (they need Consultancy, which a bank does not buy)", () => {
    const bank = labels({ ...base, kind: "BANK", features: PLANS.professional.features });
    expect(bank).toEqual(["Overview", "Assessments", "Action plan", "Benchmark", "Members", "Settings", "Billing", "Audit log"]);
  });

  it("a bank on Free still sees the benchmark (an upgrade it would buy) but not ISM studies", () => {
    const bank = labels({ ...base, kind: "BANK", features: PLANS.free.features });
    expect(bank).toContain("Benchmark");
    expect(bank).not.toContain("ISM studies");
  });

  it("a bank whose plan includes ISM studies and API keys (self-hosted) sees them, and keeps them after a downgrade while it has some", () => {
    expect(labels({ ...base, kind: "BANK", features: PLANS.unlimited.features })).toEqual(
      expect.arrayContaining(["ISM studies", "API keys"]),
    );
    const downgraded = labels({ ...base, kind: "BANK", features: PLANS.free.features, hasIsmStudies: true, hasApiKeys: true });
    expect(downgraded).toEqual(expect.arrayContaining(["ISM studies", "API keys"]));
  });

  it("a consultancy sees clients, ISM studies and instrument health, never a bank's assessments or benchmark", () => {
    const c = labels({ ...base, kind: "CONSULTANCY", features: PLANS.free.features });
    expect(c).toEqual(expect.arrayContaining(["Clients", "ISM studies", "Instrument health", "API keys"]));
    expect(c).not.toEqual(expect.arrayContaining(["Assessments"]));
    expect(c).not.toContain("Benchmark");
  });

  it("a regulator sees the sector and instrument health, no ISM studies; members below admin see no settings", () => {
    const r = labels({ ...base, kind: "REGULATOR", features: PLANS.regulator.features, canManage: false });
    expect(r).toEqual(["Overview", "Sector", "Instrument health", "Members"]);
  });

  it("links point into the organisation", () => {
    expect(orgNavLinks({ ...base, kind: "BANK", features: [] }).map((l) => l.href)).toContain("/x/assessments");
    expect(orgNavLinks({ ...base, kind: "BANK", features: [] })[0]?.href).toBe("/x");
  });
});
