// Text that must never reach a customer: file names of the research corpus or the code, repository
// paths, environment settings. Tests of pages, reports and API payloads grep rendered output for these.
export const INTERNAL_TEXT_PATTERNS: readonly RegExp[] = [
  /\b\w+\.txt\b/,
  /\b[\w-]+\.tsx?\b/,
  /\.env\b/,
  /seed file/i,
  /seed text/i,
  /\blib\//,
  /\bdocs\/[A-Z]/,
  /\bprisma\//,
];

/** The patterns a text matches, for a readable test failure. */
export function internalTextIn(text: string): string[] {
  return INTERNAL_TEXT_PATTERNS.filter((p) => p.test(text)).map((p) => `${p.source}: …${text.match(p)?.[0] ?? ""}…`);
}
