// Framework version meyar-2026.1 — PUBLISHED. Never change its content: old assessments must stay comparable.
// To change wording, items, rubrics or actions, add a new version (frameworks/meyar-2026-2/) and register it.
// The frozen-version test (../../framework.test.ts) pins a hash of this object.
import type { FrameworkDef } from "../../types";
import { deepFreeze } from "./build";
import { ckmModule } from "./ckm";
import { cxModule } from "./cx";
import { ecrmModule } from "./ecrm";
import { sources } from "./sources";

export const meyar2026_1: FrameworkDef = deepFreeze({
  version: "meyar-2026.1",
  name: "Meyar digital CX and e-CRM maturity framework 2026.1",
  publishedOn: "2026-11-29",
  sources,
  modules: [cxModule, ecrmModule, ckmModule],
});
