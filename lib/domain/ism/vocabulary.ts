// Plain words for the academic terms the instrument uses: the grounded-theory roles of the paradigm model
// (Strauss & Corbin).

export type GroundedTheoryRole =
  "Causal conditions" | "Central phenomenon" | "Contextual conditions" | "Intervening conditions" | "Strategies" | "Consequences";

export interface RoleWording {
  plainName: string;
  academicTerm: GroundedTheoryRole;
  explanation: string;
}

export const GROUNDED_THEORY_ROLES: Readonly<Record<GroundedTheoryRole, RoleWording>> = {
  "Causal conditions": {
    plainName: "Root causes",
    academicTerm: "Causal conditions",
    explanation: "What makes the change necessary in the first place; fix these and the rest has something to build on.",
  },
  "Central phenomenon": {
    plainName: "The core capability",
    academicTerm: "Central phenomenon",
    explanation: "The capability everything else revolves around: what the bank is actually trying to build.",
  },
  "Contextual conditions": {
    plainName: "The setting",
    academicTerm: "Contextual conditions",
    explanation: "The circumstances the bank works in (customers, culture, regulation) that shape how the work can be done.",
  },
  "Intervening conditions": {
    plainName: "Enablers and obstacles",
    academicTerm: "Intervening conditions",
    explanation: "Things that speed the work up or hold it back, such as motivation, access and competition.",
  },
  Strategies: {
    plainName: "What the bank does",
    academicTerm: "Strategies",
    explanation: "The deliberate actions and programmes the bank takes to build the capability.",
  },
  Consequences: {
    plainName: "Results",
    academicTerm: "Consequences",
    explanation: "What the bank gets when the work succeeds: outcomes for customers and for the bank.",
  },
};

/** Role keys used by the instrument (e-CRM paradigm roles and CKM categories) → the academic term. */
export const ROLE_KEY_TO_TERM: Readonly<Record<string, GroundedTheoryRole>> = {
  causal: "Causal conditions",
  central: "Central phenomenon",
  contextual: "Contextual conditions",
  intervening: "Intervening conditions",
  strategy: "Strategies",
  strategies: "Strategies",
  outcome: "Consequences",
  consequences: "Consequences",
};

/** The wording for a role given as a key ("causal") or as the academic term ("Causal conditions"). */
export function roleWording(roleOrKey: string): RoleWording | undefined {
  const term = (Object.keys(GROUNDED_THEORY_ROLES) as GroundedTheoryRole[]).find((t) => t === roleOrKey) ?? ROLE_KEY_TO_TERM[roleOrKey];
  return term === undefined ? undefined : GROUNDED_THEORY_ROLES[term];
}

// What V, A, X and O mean, with examples, is written for experts in every language: the "expert.guide" messages
// (lib/view/i18n/messages/<locale>.json), checked against SSIM_LETTERS by lib/view/i18n/messages.test.ts.
