// Keys, names, grounded-theory roles and published ISM levels of the 17 e-CRM factors come from the
// reference data of seed 001 (Azimi et al. 2023), not from this file, so that the questionnaire and the
// ISM model can never disagree about them.
import reference from "../../../data/ecrm-ism-azimi-2023.json" with { type: "json" };
import type { ParadigmRole } from "../../types";

export interface EcrmReferenceFactor {
  key: string;
  name: string;
  paradigmRoles: ParadigmRole[];
  publishedLevel: number;
}

const ROLES: readonly ParadigmRole[] = ["causal", "contextual", "central", "intervening", "strategy", "outcome"];

/** The reference entry for an e-CRM factor; throws if the key is not in the seed's data. */
export function ecrmRef(key: string): EcrmReferenceFactor {
  const f = reference.factors.find((x) => x.key === key);
  if (!f) throw new Error(`e-CRM factor "${key}" is not in ecrm-ism-azimi-2023.json`);
  const paradigmRoles = f.paradigmRoles.map((r) => {
    if (!(ROLES as readonly string[]).includes(r)) throw new Error(`Unknown paradigm role "${r}" for ${key}`);
    return r as ParadigmRole;
  });
  return { key: f.key, name: f.name, paradigmRoles, publishedLevel: f.publishedLevel };
}

/** Factor keys in the seed's numbering (1 … 17). */
export const ECRM_REFERENCE_KEYS: string[] = reference.factors.map((f) => f.key);
