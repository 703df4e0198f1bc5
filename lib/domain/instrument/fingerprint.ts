// A stable, dependency-free fingerprint of a framework, used to prove that a published version never changes.
// FNV-1a (32-bit) over the UTF-8 bytes of JSON.stringify(framework). Not cryptographic; it detects accidental edits.
import type { FrameworkDef } from "./types";

/** FNV-1a 32-bit hash of a string's UTF-8 bytes, as 8 lowercase hex digits. */
export function fnv1a32(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let hash = 0x811c9dc5;
  for (const b of bytes) {
    hash ^= b;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** Fingerprint of a framework's full content (key order as defined in the source files). */
export function frameworkFingerprint(framework: FrameworkDef): string {
  return fnv1a32(JSON.stringify(framework));
}
