/** The status nginx logs for a client that closed the connection first; the router records the same. */
export { CLIENT_CLOSED_STATUS } from "../api_error.ts";

/** How the SSE relay reports a client that went away (`src/relay/relay_sse.ts`). */
export const RELAY_CANCELLED = "cancelled";

/** The error a cancelled request's entry carries. */
export const CLIENT_CLOSED_ERROR = "cancelled by the client";

/** One upstream call made for a request (docs/decisions.md, "Session log files"). */
export interface SessionStep {
  step: string;
  provider: string;
  url: string;
  model: string;
  "messages_sent": unknown[];
  params: Record<string, unknown>;
  "response_content": string;
  "duration_ms": number;
  "ttft_ms": number | null;
  /** `cached`: prompt tokens served from the upstream's prompt cache (priced at the cached rate). */
  tokens: { prompt: number; completion: number; cached?: number } | null;
  status: number;
  "finish_reason": string | null;
  /** The charge the upstream reported for this call, in US dollars (xAI); spend prefers it to `prices`. */
  "cost_usd"?: number;
  /** `local` or `cloud`, so spend and stats need not look the backend up again. */
  location?: "local" | "cloud";
}

/** One routed request, written as one JSON file (docs/decisions.md, "Session log files"). Never holds a secret. */
export interface SessionLogEntry {
  id: string;
  timestamp: string;
  user: string;
  "client_ip": string | null;
  "user_query": string;
  "client_messages": unknown[];
  route: string;
  "classification_raw": string | null;
  confidence: number | null;
  "classification_ms": number | null;
  "cache_hit": boolean;
  rule: string | null;
  /** META decided by the rule stage: the signals that fired (`transcript`, `artifact:title`, `phrase:…`). */
  "meta_signals"?: string[];
  /**
   * A request that was not META, and how close it came: the features' score (threshold 4) and the signals that
   * fired, or only the learned signal's `model:<logit>` when it was sure and the features were not read.
   */
  "meta_trace"?: { score?: number; signals: string[] };
  /**
   * The conversation this request belongs to (a hash, never its text), its turn, the backend of its previous
   * turn and whether this turn left it (`docs/routing.md`, "Conversation affinity").
   */
  affinity?: { conversation: string; turn: number; from?: string; switched: boolean; recheck?: string };
  /**
   * The member's privacy plan (docs/privacy.md): personal data found by kind and how many, and what was done
   * (`none`, `kept-local`, `redacted`); never a value. Where values were found, the entry holds their
   * placeholders (`[EMAIL_1]`) instead of them, in every message and answer.
   */
  privacy?: {
    found: Record<string, number>;
    action: string;
    reason?: string;
    redacted?: number;
    enrich?: string;
  };
  steps: SessionStep[];
  "total_ms": number;
  error: string | null;
  /**
   * The HTTP status the client got (not in §6's list; metrics and the review read it): 502 for a
   * stream that failed after its 200 headers, 499 for a client that left.
   */
  status: number;
  /**
   * What the router changed in what it sent upstream, one sentence each (fields a backend's `dropParams`
   * removed, a `suffix` a backend cannot take); absent when nothing was changed.
   */
  notes?: string[];
  /**
   * Requests with images: how many were sent, their bytes and formats (the log keeps only redacted data
   * URLs), and how many earlier ones were left out to stay within `vision.maxImages`.
   */
  images?: { count: number; bytes: number; formats: string[]; omitted?: number };
}

/** Receives every finished request's entry: the file writer, the stats and spend trackers. Must not block. */
export interface SessionSink {
  record(entry: SessionLogEntry): void;
  /**
   * Resolves when the sink can take another request's entry, or is undefined when it can at once. The edge
   * awaits it before a request starts, so a sink that lags slows admissions down instead of losing entries.
   */
  admit?(): Promise<void> | undefined;
}
