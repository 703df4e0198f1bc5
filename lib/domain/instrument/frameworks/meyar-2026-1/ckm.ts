// Module "ckm" (optional): integration of customer knowledge management and CRM.
// The 18 main categories of seed 004, grouped into its six classes ("nuclear classes") in the order the seed's
// results list them: causal, central, strategic, contextual, intervening ("interventionist") and consequential.
// Seed 004 names the categories but does not define them; definitions here are Meyar's reading of the names.
import type { CategoryDef, ModuleDef } from "../../types";
import { ckmCausalCentralFactors } from "./ckm-causal-central";
import { ckmInterveningConsequencesFactors } from "./ckm-intervening-consequences";
import { ckmStrategiesContextualFactors } from "./ckm-strategies-contextual";

export const ckmCategories: CategoryDef[] = [
  {
    key: "causal",
    name: "Causal conditions",
    description:
      "Conditions that make integrating customer knowledge management and CRM necessary: the bank's rapid response to its " +
      "external environment, international standards of customer orientation and the bank's social responsibility.",
  },
  {
    key: "central",
    name: "Central phenomenon",
    description:
      'The core of the integration (the seed\'s "phenomenon-orientation" class): the management framework, manpower supply, ' +
      "the strategies chosen and value creation for customers.",
  },
  {
    key: "strategies",
    name: "Strategies",
    description:
      "The courses of action through which the integration is pursued: integrated marketing, development of technology and " +
      "novel banking services, strategic alliance and the Delta model.",
  },
  {
    key: "contextual",
    name: "Contextual conditions",
    description:
      "The background in which the integration takes place: a change in the approach of senior management, and liberalisation " +
      "and deregulation by the government.",
  },
  {
    key: "intervening",
    name: "Intervening conditions",
    description:
      'Conditions that strengthen or weaken the strategies (the seed\'s "interventionist" categories): a culture of bank ' +
      "empowerment and dynamic competition.",
  },
  {
    key: "consequences",
    name: "Consequences",
    description:
      'The results of the integration (the seed\'s "consequential" categories): competitive advantage for the bank, customer ' +
      "satisfaction and stronger banking services in the community.",
  },
];

export const ckmModule: ModuleDef = {
  key: "ckm",
  name: "Customer knowledge and CRM integration",
  description:
    "How well the bank integrates the management of customer knowledge (knowledge for, from and about customers) with its " +
    "customer relationship management: the 18 categories of seed 004 in its six grounded-theory classes. Optional module.",
  optional: true,
  categories: ckmCategories,
  factors: [...ckmCausalCentralFactors, ...ckmStrategiesContextualFactors, ...ckmInterveningConsequencesFactors],
};
