import { createHmac } from "node:crypto";

/** Prefix of the names forwarded users get; member names cannot collide with it by accident. */
export const PSEUDONYM_PREFIX = "guest-";

/**
 * A stable name for an Open WebUI user no member lists: an HMAC of their forwarded id under the router's
 * own key, so logs, `/stats` and the status page can tell users apart without holding an e-mail address,
 * and nobody without the key can go from an address to its name.
 */
export function toPseudonym(forwardedId: string, key: string): string {
  return PSEUDONYM_PREFIX + createHmac("sha256", key).update(forwardedId).digest("hex").slice(0, 10);
}

/** Whether a name is a forwarded user's pseudonym. */
export function isPseudonym(name: string): boolean {
  return name.startsWith(PSEUDONYM_PREFIX);
}

/** A new random key for {@linkcode toPseudonym}, as hex; kept in the state file. */
export function createPseudonymKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(32)), (b) => b.toString(16).padStart(2, "0")).join(
    "",
  );
}
