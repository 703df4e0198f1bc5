// Module "ecrm": e-CRM customer interaction — the 17 factors of seed 001 (Azimi, Aria & Jalali 2023),
// in the seed's numbering. Keys, names, grounded-theory roles and published ISM levels are imported from
// lib/domain/data/ecrm-ism-azimi-2023.json; the content (definitions, items, rubrics, actions) is ours.
// No categories: the paradigm roles (factor.paradigmRoles) group the factors, and some factors have two roles.
import type { ModuleDef } from "../../types";
import { ecrmCausalContextualFactors } from "./ecrm-causal-contextual";
import { ecrmInterveningStrategyOutcomeFactors } from "./ecrm-intervening-strategy-outcome";

export const ecrmModule: ModuleDef = {
  key: "ecrm",
  name: "e-CRM customer interaction",
  description:
    "Electronic customer relationship management in digital banking: the 17 factors of seed 001 with their grounded-theory " +
    "roles (causal conditions, central phenomenon, contextual conditions, intervening conditions, strategies and outcomes) " +
    "and their levels in the seed's published seven-level ISM model.",
  optional: false,
  factors: [...ecrmCausalContextualFactors, ...ecrmInterveningStrategyOutcomeFactors],
};
