// Authenticated encryption (AES-256-GCM) of small values such as link tokens, with a key derived
// from the installation secret. Rotating AUTH_SECRET makes old sealed values unreadable, by design.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { authSecret } from "./secret.ts";

function key(purpose: string): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), "meyar", `meyar:${purpose}`, 32));
}

export function seal(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), body].map((b) => b.toString("base64url")).join(".");
}

/** Null when the value was sealed under another secret or tampered with. */
export function unseal(sealed: string, purpose: string): string | null {
  const [iv, tag, body] = sealed.split(".").map((p) => Buffer.from(p, "base64url"));
  if (!iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(purpose), iv);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(body), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}
