import { createHash, timingSafeEqual } from "node:crypto";
import type { SecretLookup } from "../config/load_secrets.ts";
import type { MemberConfig, UsersConfig } from "../config/users_schema.ts";

/** Hashes a plain key the way the config stores it: `sha256:<hex>`. */
export function toKeyHash(plainKey: string): string {
  return `sha256:${createHash("sha256").update(plainKey).digest("hex")}`;
}

function toDigest(plainKey: string): Uint8Array {
  return createHash("sha256").update(plainKey).digest();
}

/** The keys of one config, as digests, looked up in constant time per member. */
export interface KeyRing {
  /** True when no member has a usable key: the router is open (and loopback-only unless configured). */
  readonly isEmpty: boolean;
  /** The member a presented plain key belongs to, or undefined; every digest is compared, no early exit. */
  identify(plainKey: string): string | undefined;
  /** Members whose key names a variable that is not set (for one warning at load). */
  readonly missingSecrets: string[];
  /** The secret Open WebUI signs forwarded user tokens with, when configured and set. */
  readonly forwardedJwtSecret: string | undefined;
}

function toMemberDigest(member: MemberConfig, getSecret: SecretLookup): Uint8Array | undefined | null {
  if (member.key === undefined) return undefined;
  if (member.key.startsWith("sha256:")) {
    return Uint8Array.from(member.key.slice(7).match(/../g) ?? [], (byte) => parseInt(byte, 16));
  }
  const plain = getSecret(member.key);
  return plain ? toDigest(plain) : null;
}

/** Builds the key ring for a `users` section; plain keys from `.secrets` are hashed here and dropped. */
export function createKeyRing(users: UsersConfig, getSecret: SecretLookup): KeyRing {
  const entries: Array<[string, Uint8Array]> = [];
  const missingSecrets: string[] = [];
  for (const [name, member] of Object.entries(users.members)) {
    const digest = toMemberDigest(member, getSecret);
    if (digest === null) missingSecrets.push(name);
    else if (digest !== undefined) entries.push([name, digest]);
  }
  const forwardedJwtSecret = users.forwardedJwtSecret ? getSecret(users.forwardedJwtSecret) : undefined;
  return {
    isEmpty: entries.length === 0,
    missingSecrets,
    forwardedJwtSecret,
    identify(plainKey) {
      const presented = toDigest(plainKey);
      let found: string | undefined;
      for (const [name, digest] of entries) {
        if (timingSafeEqual(presented, digest) && found === undefined) found = name;
      }
      return found;
    },
  };
}
