import type { ServiceRole } from "../stats/describe_services.ts";

const ROLES: Record<ServiceRole, string> = {
  chat: "chat",
  embeddings: "text search (embeddings)",
  transcription: "speech to text",
  translation: "speech translation",
  speech: "text to speech",
};

/** What a service does, in a person's words: "chat", "speech to text", "text to speech". */
export function describeRoles(roles: readonly ServiceRole[]): string {
  return roles.map((role) => ROLES[role]).join(", ");
}

/** What a failed request's status means to the person who asked (STYLE §4 maps errors to these statuses). */
export function describeFailure(status: number): string {
  if (status === 499) return "the app gave up waiting (cancelled)";
  if (status === 401) return "a wrong or missing key";
  if (status === 403) return "a model this member may not use";
  if (status === 404) return "a model that does not exist";
  if (status === 413) return "a request too large";
  if (status === 429) return "a member over a limit";
  if (status === 503) return "no model ready to answer";
  if (status === 504) return "a model that took too long";
  if (status >= 500) return "a model that failed";
  if (status >= 400) return "a request the router could not use";
  return "an answer that broke off";
}

/** "0.4 s": how long something took, in seconds for people ("cancelled after 0.4 s"). */
export function formatSeconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

/**
 * What a service's state means to a family member, short enough for a phone's row, and why when it is not
 * obvious: a model put away to free memory is resting, not broken.
 */
export function describeServiceState(state: string): { word: string; why?: string } {
  if (state === "swapped out") return { word: "resting", why: "another model is using the memory" };
  if (state === "sleeping") return { word: "resting", why: "starts when asked" };
  return { word: state };
}

/** Dollars for people: "$0.42", "$0.0031" for tiny amounts. */
export function formatUsd(value: number): string {
  return value === 0 ? "$0" : value < 0.01 ? `$${value.toFixed(4)}` : `$${value.toFixed(2)}`;
}

/** "812 ms" or "2.4 s". */
export function formatMs(value: number): string {
  return value < 1000 ? `${Math.round(value)} ms` : `${(value / 1000).toFixed(1)} s`;
}

/** Thousands as "12.3k" so numbers fit on a phone. */
export function formatCount(value: number): string {
  return value < 10_000 ? String(value) : `${(value / 1000).toFixed(1)}k`;
}
