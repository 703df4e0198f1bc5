// Words for customers: papers cited as papers, never by the file names of the research corpus, and no
// mention of repository files or settings. Applied where domain text reaches a page, the PDF or the API.

const SEED_FILE = /\b\d{3}_[0-9a-f]{16}\.txt\b/g;

/** A paper's citation without the corpus file it was read from. */
export function customerCitation(citation: string): string {
  return citation
    .replace(/[;,]?\s*cited as seed file \S+?\.txt/gi, "")
    .replace(/^\s*\S+\.txt \((.*)\)\s*$/, "$1")
    .replace(SEED_FILE, "")
    .replace(/\bThe seed text\b/g, "The text available to us")
    .replace(/\bseed text\b/g, "text available to us")
    .replace(/\s+([.,;)])/g, "$1")
    .replace(/\(\s*\)/g, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** A sentence for customers: no corpus file names, no pointers into the repository's docs or code. */
export function customerText(text: string): string {
  return customerCitation(text)
    .replace(/[;,]?\s*see (?:docs|lib)\/[\w/-]+(?:\.[\w-]+)*/gi, "")
    .replace(/\s+([.,;)])/g, "$1")
    .trim();
}

/** Patterns that must never appear in a rendered page or report (tests grep for them). */
export const INTERNAL_TEXT_PATTERNS: readonly RegExp[] = [
  /\b\w+\.txt\b/,
  /\b[\w-]+\.tsx?\b/,
  /\.env\b/,
  /seed file/i,
  /\blib\//,
  /\bdocs\/[A-Z]/,
  /\bprisma\//,
];
