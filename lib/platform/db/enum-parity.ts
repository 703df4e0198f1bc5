// Compile-time check: the view layer's copies of the database enums (lib/view/org/labels.ts) are
// exactly the generated ones. A new enum value breaks `tsc` here instead of silently lacking a label.
import "server-only";
import type { AssessmentStatus, OrgKind, Ownership, Role, SizeBand } from "./generated/enums.ts";
import type * as View from "../../view/org/labels.ts";
import type { AssessmentStatus as ViewAssessmentStatus } from "../../view/portfolio/types.ts";

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

export const enumParity: [
  Same<OrgKind, View.OrgKind>,
  Same<Ownership, View.Ownership>,
  Same<SizeBand, View.SizeBand>,
  Same<Role, View.Role>,
  Same<AssessmentStatus, ViewAssessmentStatus>,
] = [true, true, true, true, true];
