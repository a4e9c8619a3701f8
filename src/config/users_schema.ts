import { z } from "zod";
import { COUNTRIES } from "../privacy/national_ids.ts";

const KEY_HASH = /^sha256:[0-9a-f]{64}$/;
const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;
/** Member names become YAML keys, metric labels and log fields: keep them plain. */
export const MEMBER_NAME = /^[a-z][a-z0-9_-]*$/;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * Per-member limits; an unset limit is unlimited. Days and months are the family's (`users.timezone`):
 * a day limit resets at local midnight, a month limit at midnight on the 1st.
 */
export const limitsSchema = z.strictObject({
  requestsPerMinute: z.number().int().positive().optional(),
  requestsPerDay: z.number().int().positive().optional(),
  requestsPerMonth: z.number().int().positive().optional(),
  /** Prompt plus completion tokens of every upstream call, local and cloud. */
  tokensPerDay: z.number().int().positive().optional(),
  tokensPerMonth: z.number().int().positive().optional(),
  /** Once spent, the member's requests stay local (with a note) until the day ends. */
  cloudSpendPerDayUsd: z.number().nonnegative().optional(),
  /** Realtime voice sessions open at once. */
  voiceSessions: z.number().int().positive().optional(),
  /** Minutes of the member's speech heard over the Realtime API per day (counted from the audio). */
  voiceMinutesPerDay: z.number().positive().optional(),
  /** Once spent, the member's requests stay local (with a note) until the month ends. */
  cloudSpendPerMonthUsd: z.number().nonnegative().optional(),
});

/** A cloud amount the family shares each month, plus whatever was topped up (`ai-router budget top-up`). */
export const poolSchema = z.strictObject({
  /** US dollars of cloud use the pool holds each month (top-ups come on top and do not expire). */
  monthlyCloudUsd: z.number().nonnegative(),
  /** Members who draw on it; every member (and the forwarded users of a member that does) when unset. */
  members: z.array(z.string().min(1)).optional(),
  /** The most a member may draw from the pool in a month, in US dollars; no cap when unset. */
  shares: z.record(z.string(), z.number().nonnegative()).default({}),
});

/**
 * What may leave the box when a member's request holds personal data (docs/privacy.md): `allowed` sends it
 * as it is, `redact` replaces each value with a placeholder before a cloud hop and restores it in the answer,
 * `never` keeps such a request (and the rest of its conversation) local.
 */
export const memberPrivacySchema = z.strictObject({
  cloud: z.enum(["allowed", "redact", "never"]).default("allowed"),
});

/** What an Open WebUI user whom no member lists may do; each such user is counted under a pseudonym. */
export const forwardedDefaultSchema = z.strictObject({
  limits: limitsSchema.prefault({}),
  cloudAllowed: z.boolean().default(true),
  allowedModels: z.array(z.string().min(1)).default(["*"]),
  /** The most each such user may draw from the pool in a month, in US dollars. */
  poolShareUsd: z.number().nonnegative().optional(),
  /** Their privacy plan (docs/privacy.md); `allowed` when unset. */
  privacy: memberPrivacySchema.optional(),
});

const HOURS = /^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/;

/** Rules for a child's requests, applied by the router (not a safety guarantee: docs/privacy.md). */
export const profileSchema = z.strictObject({
  /** Added as a system message to every request (age-appropriate answers). */
  instruction: z.string().min(1).optional(),
  /** Allowed hours in the family's time zone, `07:00-20:30`; outside them requests get a polite refusal. */
  schedule: z.string().regex(HOURS, "Expected hours as HH:MM-HH:MM, e.g. 07:00-20:30").optional(),
  /** Words or phrases of topics refused locally with a kind message (matched case-insensitively). */
  refusedTopics: z.array(z.string().min(2)).default([]),
  /** The language of the refusals. */
  language: z.enum(["en", "de", "fr", "es"]).default("en"),
});

/** One family member. */
export const memberSchema = z.strictObject({
  /**
   * `sha256:<64 hex>` (the hash of the plain key, `printf %s KEY | sha256sum`) or the name of a variable in
   * `.secrets` or the environment that holds the plain key. A member without a key is reachable only
   * through forwarded Open WebUI user headers.
   */
  key: z.string().refine(
    (value) => KEY_HASH.test(value) || ENV_NAME.test(value),
    "Expected sha256:<64 lower-case hex digits> or the name of a variable holding the key",
  ).optional(),
  limits: limitsSchema.prefault({}),
  cloudAllowed: z.boolean().default(true),
  /** Model ids (the public model, aliases) the member may ask for; `*` allows all. */
  allowedModels: z.array(z.string().min(1)).default(["*"]),
  /** The Open WebUI service key: its `X-OpenWebUI-User-*` headers name the member a request is for. */
  trustForwardedUsers: z.boolean().default(false),
  /** Values of `X-OpenWebUI-User-Email`, `-Id` or `-Name` that mean this member. */
  forwardedIds: z.array(z.string().min(1)).default([]),
  /** How the member is written in text (`Ann`, `Ann Smith`): found as personal data, with the member's name. */
  names: z.array(z.string().min(2)).default([]),
  privacy: memberPrivacySchema.prefault({}),
  profile: profileSchema.optional(),
});

/** The family's privacy settings (docs/privacy.md). */
export const familyPrivacySchema = z.strictObject({
  /** Which national identifier formats to look for. */
  country: z.enum(COUNTRIES).optional(),
  /**
   * ENRICH for a request kept local: `skip` answers without current information, `strip` sends the cloud
   * search the question with the personal values removed.
   */
  enrich: z.enum(["skip", "strip"]).default("skip"),
  /** The local backend that answers what the plan would have sent to the cloud; the default backend when unset. */
  localBackend: z.string().min(1).optional(),
});

/** Family keys, their limits and where the day's counters are kept. */
export const usersSchema = z.strictObject({
  members: z.record(
    z.string().regex(
      MEMBER_NAME,
      "Member names are lower case letters, digits, - and _, starting with a letter",
    ),
    memberSchema,
  ).default({}),
  /**
   * Name of the `.secrets` variable holding Open WebUI's `FORWARD_USER_INFO_HEADER_JWT_SECRET`. When set,
   * a trusted service's `X-OpenWebUI-User-Jwt` is verified and its `email`, `sub` or `name` names the member.
   */
  forwardedJwtSecret: z.string().regex(ENV_NAME, "Expected the name of a variable holding the secret")
    .optional(),
  /** JSON file for the day's counters; default `$STATE_DIRECTORY/state.json` under systemd, else memory only. */
  stateFile: z.string().optional(),
  stateSaveIntervalMs: z.number().int().positive().default(30_000),
  /** IANA time zone for day boundaries; the box's local time when unset. */
  timezone: z.string().refine(isTimeZone, "Unknown time zone").optional(),
  /** The family's shared monthly cloud amount; none when unset. */
  pool: poolSchema.optional(),
  /**
   * The policy of Open WebUI users no member lists (each counted under its own pseudonym); the service
   * member's own limits and permissions when unset.
   */
  forwardedDefault: forwardedDefaultSchema.optional(),
  /** The share of a limit or budget at which the status page, metrics and alerts warn (0.8 = 80 %). */
  alertShare: z.number().positive().max(1).default(0.8),
  privacy: familyPrivacySchema.prefault({}),
});

/** Price of one cloud backend in US dollars per million tokens. */
export const priceSchema = z.strictObject({
  inputPerMillionUsd: z.number().nonnegative(),
  outputPerMillionUsd: z.number().nonnegative(),
  /** Price of prompt tokens served from the cloud's prompt cache; the input price when unset. */
  cachedInputPerMillionUsd: z.number().nonnegative().optional(),
});

/** Validated `users` section. */
export type UsersConfig = z.infer<typeof usersSchema>;
/** One validated member. */
export type MemberConfig = z.infer<typeof memberSchema>;
/** Validated per-member limits. */
export type LimitsConfig = z.infer<typeof limitsSchema>;
/** Validated `users.pool`. */
export type PoolConfig = z.infer<typeof poolSchema>;
/** One validated price entry. */
export type PriceConfig = z.infer<typeof priceSchema>;
/** One validated member's child profile. */
export type ProfileConfig = z.infer<typeof profileSchema>;
