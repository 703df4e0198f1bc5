// Plain names for the grounded-theory roles (Strauss & Corbin's paradigm model) that the instrument uses
// as CKM category names: an executive reads "Root causes", the academic term stays one hover away.

import { roleWording } from "../domain/ism/vocabulary";

export interface DisplayName {
  /** What to show. */
  name: string;
  /** The academic term, for a tooltip; null when the name is not a grounded-theory role. */
  academicTerm: string | null;
  /** One sentence on what the role means; null when not a role. */
  explanation: string | null;
}

/** The display name of a label: the plain name when the label is a grounded-theory term, else unchanged. */
export function displayName(name: string): DisplayName {
  const w = roleWording(name);
  // Only the academic term itself is translated: a key such as "central" may name something else.
  if (w === undefined || w.academicTerm !== name) return { name, academicTerm: null, explanation: null };
  return { name: w.plainName, academicTerm: w.academicTerm, explanation: w.explanation };
}

/** For print, where no tooltip exists: "Root causes (causal conditions)". */
export function printName(name: string): string {
  const d = displayName(name);
  return d.academicTerm === null ? d.name : `${d.name} (${d.academicTerm.toLowerCase()})`;
}

/** For a tooltip: "Causal conditions: what makes the change necessary …". */
export function termTitle(d: DisplayName): string | undefined {
  return d.academicTerm === null ? undefined : `${d.academicTerm}: ${d.explanation ?? ""}`.trim();
}
