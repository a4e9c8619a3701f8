import { type Finding, type FindingKind, isValueKind } from "./detect_personal_data.ts";

/** A member's `privacy.cloud` setting. */
export type CloudPolicy = "allowed" | "redact" | "never";

/** What the router does with a request before its cloud hops. */
export type PrivacyAction = "none" | "kept-local" | "redacted";

/** Options for {@linkcode decidePrivacy}. */
export interface DecidePrivacyOptions {
  findings: readonly Finding[];
  /** An earlier turn of this conversation was kept local or redacted. */
  privateConversation: boolean;
  /** The local classifier labelled the request PRIVATE (the second net). */
  classifierPrivate?: boolean;
}

/** Counts findings by kind (what the session log and `/stats` show: kinds and numbers, never values). */
export function countKinds(findings: readonly Finding[]): Partial<Record<FindingKind, number>> {
  const counts: Partial<Record<FindingKind, number>> = {};
  for (const finding of findings) counts[finding.kind] = (counts[finding.kind] ?? 0) + 1;
  return counts;
}

/**
 * The action for a request that would reach the cloud: `allowed` never changes it; a conversation already
 * kept private stays local; `never` keeps anything personal local; `redact` replaces values, but a private
 * topic (health, money, legal) has no value to replace, so such a request stays local too.
 */
export function decidePrivacy(policy: CloudPolicy, options: DecidePrivacyOptions): PrivacyAction {
  if (policy === "allowed") return "none";
  if (options.privateConversation) return "kept-local";
  const personal = options.findings.length > 0 || options.classifierPrivate === true;
  if (!personal) return "none";
  if (policy === "never") return "kept-local";
  const topicOnly = options.findings.some((finding) => !isValueKind(finding.kind)) ||
    options.classifierPrivate === true;
  return topicOnly ? "kept-local" : "redacted";
}
