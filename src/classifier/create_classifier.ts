import { createHash } from "node:crypto";
import { getPromptText } from "../config/load_prompts.ts";
import type { Logger } from "../logger.ts";
import type { Metrics } from "../metrics/create_metrics.ts";
import { renderConversation, type RoutingMessage, toConversationKey } from "../routing/render_prompt.ts";
import type { RouterState } from "../router_state.ts";
import { ClassifierCache } from "./classifier_cache.ts";
import { relayJson } from "../relay/relay_answer.ts";
import { readClassifierReply } from "./read_classifier_reply.ts";

/** What the classifier decided for one request; a failure still carries a (default) label. */
export interface ClassifierResult {
  label: string;
  confidence: number | null;
  /** The classifier's reply text; null on a cache hit of a failure or when it was not asked. */
  raw: string | null;
  ms: number;
  cacheHit: boolean;
  /** Why the default label was used (`timeout`, `error: …`), never prompt text. */
  error?: string;
}

/** Options for {@linkcode createClassifier}. */
export interface ClassifierOptions {
  metrics?: Metrics;
  logger: Logger;
  /** False for `eval`, which must ask the model every time. */
  cache?: boolean;
}

/** Classifies conversations; keeps its cache across requests and config reloads. */
export interface Classifier {
  classify(state: RouterState, messages: readonly RoutingMessage[], options: {
    signal: AbortSignal;
    requestId: string;
  }): Promise<ClassifierResult>;
}

/** Conservative characters per token, so the rendered text fits the classifier's context. */
const CHARS_PER_TOKEN = 3;
const REPLY_TOKENS = 8;

/** Short conversations are their own key (no hashing on the hot path); long ones are hashed to bound memory. */
const MAX_PLAIN_KEY = 2_048;

function toCacheKey(state: RouterState, messages: readonly RoutingMessage[]): string {
  const text = `${state.loadedAt.getTime()}\u0001${toConversationKey(messages)}`;
  if (text.length <= MAX_PLAIN_KEY) return text;
  // node:crypto hashes synchronously: crypto.subtle's async round trip made a 9 KB hit 0.15 ms.
  return createHash("sha256").update(text).digest("hex");
}

/** Builds the classifier request: one constrained decode over the labels, reasoning off, logprobs on. */
export function buildClassifierBody(
  state: RouterState,
  options: { model: string; contextLength: number; messages: readonly RoutingMessage[] },
) {
  const { model, contextLength, messages } = options;
  const labels = state.config.routing.labels;
  const system = getPromptText(state.prompts, "routing/system.md").replaceAll(
    "{{labels}}",
    labels.join(", "),
  );
  const note = getPromptText(state.prompts, "routing/truncation_note.md");
  const maxChars = Math.max(256, (contextLength - REPLY_TOKENS - 64) * CHARS_PER_TOKEN - system.length);
  const { text } = renderConversation(messages, { maxChars, truncationNote: note });
  return {
    model,
    messages: [{ role: "system", content: system }, { role: "user", content: text }],
    "structured_outputs": { choice: labels },
    "chat_template_kwargs": { "enable_thinking": false },
    logprobs: true,
    "max_tokens": REPLY_TOKENS,
    temperature: 0,
    stream: false,
  };
}

/** Creates the classifier stage: cache, timeout, and the default label on any failure (logged, counted). */
export function createClassifier({ metrics, logger, cache = true }: ClassifierOptions): Classifier {
  let store: ClassifierCache<ClassifierResult> | undefined;
  // A reload that changes the cache settings starts a fresh cache.
  let storeShape = "";

  async function ask(
    state: RouterState,
    messages: readonly RoutingMessage[],
    { signal, requestId }: { signal: AbortSignal; requestId: string },
  ) {
    const settings = state.config.routing.classifier;
    const backend = state.backends.get(settings.backend);
    if (!backend) throw new RangeError(`no backend named "${settings.backend}"`);
    const timeout = new AbortController();
    const timer = setTimeout(() => timeout.abort(), settings.timeoutMs);
    try {
      const body = buildClassifierBody(state, {
        model: backend.config.model,
        contextLength: backend.config.contextLength,
        messages,
      });
      // The timeout bounds the whole call: the send, and the body through the guarded read (a send's signal
      // stops counting once the headers are in).
      const bounded = AbortSignal.any([signal, timeout.signal]);
      const upstream = await backend.send({ path: "/chat/completions", body, signal: bounded, requestId });
      const { json } = await relayJson(upstream, { backend, signal: bounded });
      return readClassifierReply(json, state.config.routing.labels);
    } catch (error) {
      throw timeout.signal.aborted ? new DOMException("timed out", "TimeoutError") : error;
    } finally {
      clearTimeout(timer);
    }
  }

  async function classify(
    state: RouterState,
    messages: readonly RoutingMessage[],
    { signal, requestId }: { signal: AbortSignal; requestId: string },
  ): Promise<ClassifierResult> {
    const settings = state.config.routing.classifier;
    const started = performance.now();
    const shape = `${settings.cacheSize}/${settings.cacheTtlMs}`;
    if (cache && shape !== storeShape) {
      store = new ClassifierCache(settings.cacheSize, settings.cacheTtlMs);
      storeShape = shape;
    }
    const key = cache ? toCacheKey(state, messages) : "";
    const hit = store?.get(key, Date.now());
    if (hit) {
      const ms = performance.now() - started;
      metrics?.classifierResults.inc({ result: "hit" });
      metrics?.classifierDuration.observe({ cache: "hit" }, ms / 1000);
      return { ...hit, ms, cacheHit: true };
    }
    try {
      const reply = await ask(state, messages, { signal, requestId });
      metrics?.classifierNonLabelStreak.set(0);
      const ms = performance.now() - started;
      const result = {
        label: reply.label,
        confidence: reply.confidence,
        raw: reply.raw,
        ms,
        cacheHit: false,
      };
      metrics?.classifierResults.inc({ result: "miss" });
      metrics?.classifierDuration.observe({ cache: "miss" }, ms / 1000);
      if (reply.confidence !== null) {
        metrics?.classifierConfidence.observe({ label: reply.label }, reply.confidence);
      }
      store?.set(key, result, Date.now());
      return result;
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === "TimeoutError";
      const detail = timedOut
        ? "timeout"
        : `error: ${error instanceof Error ? error.message : String(error)}`;
      // readClassifierReply throws TypeError for a reply that is not a label (network and HTTP failures
      // are ApiErrors): a run of them means the server ignores the constraint, not that it is down.
      if (error instanceof TypeError) metrics?.classifierNonLabelStreak.inc();
      if (!signal.aborted) {
        metrics?.classifierResults.inc({ result: timedOut ? "timeout" : "error" });
        logger.warn("Classifier failed, using the default label", { requestId, reason: detail });
      }
      const ms = performance.now() - started;
      return {
        label: settings.defaultLabel,
        confidence: null,
        raw: null,
        ms,
        cacheHit: false,
        error: detail,
      };
    }
  }

  return { classify };
}
