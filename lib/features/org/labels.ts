// The labels live in lib/view/org/labels.ts (components import them from there).
import "server-only";
export { ORG_KIND_LABELS, OWNERSHIP_LABELS, SIZE_BAND_LABELS, options } from "../../view/org/labels.ts";
