import type { UpstreamRequest } from "../backends/backend.ts";
import { readContextAnswer } from "../relay/read_context_answer.ts";
import { relayJson } from "../relay/relay_answer.ts";
import { getPromptText } from "../config/load_prompts.ts";
import { renderTemplate, toLastUserText } from "../routing/render_prompt.ts";
import { toStatus } from "../api_error.ts";
import { createLocalDay } from "../users/local_day.ts";
import { type ChatContext, getBackend } from "./chat_context.ts";

/** What the ENRICH first hop brought back: the injection text, or why there is none. */
export interface GatheredContext {
  injection?: string;
  /** The visible note's reason when there is no injection. */
  failure?: string;
  /** True when the context backend failed (counted as a fallback), not merely found nothing. */
  backendFailed?: boolean;
}

/**
 * ENRICH's first hop: asks the context backend (the cloud, with its search tools) for current facts
 * only, using `prompts/enrichment/system.md`. Any failure or an empty answer leaves the local model to
 * answer alone; it never fails the request.
 */
export async function gatherContext(
  ctx: ChatContext,
  backendName: string,
  options: { question?: string | undefined } = {},
): Promise<GatheredContext> {
  const { state, request, recorder, requestId, signal } = ctx;
  const backend = getBackend(state, backendName);
  // A member's privacy plan may send the search the question redacted or without its personal values.
  const question = options.question ?? toLastUserText(request.messages);
  const messages = [
    { role: "system", content: getPromptText(state.prompts, "enrichment/system.md") },
    { role: "user", content: question },
  ];
  const { searchTools } = backend.config;
  const maxTokens = state.config.routing.cloudMaxTokensFloor;
  // With search tools the cloud searches through its Responses API; `store: false` keeps nothing there.
  const [path, body]: [UpstreamRequest["path"], Record<string, unknown>] = searchTools?.length
    ? ["/responses", {
      model: backend.config.model,
      input: messages,
      tools: searchTools.map((type) => ({ type })),
      "max_output_tokens": maxTokens,
      store: false,
      stream: false,
    }]
    : ["/chat/completions", {
      model: backend.config.model,
      messages,
      "max_tokens": maxTokens,
      stream: false,
    }];
  const { input: _sameAsMessages, ...params } = body;
  const finishStep = recorder.startStep("enrich", backend, { ...params, messages });
  try {
    const upstream = await backend.send({
      path,
      body,
      signal,
      requestId: `${requestId}-ctx`,
      // A search hop answers only when its searches are done: its own, longer timeout.
      firstByteMs: backend.config.timeouts.contextMs,
    });
    // The guarded read: a context backend that stalls after its headers, or a client that leaves, cuts it.
    const { json } = await relayJson(upstream, { backend, signal });
    const answer = readContextAnswer(json);
    const context = answer.text;
    finishStep({
      url: upstream.url,
      status: upstream.response.status,
      content: context,
      finishReason: answer.finishReason,
      tokens: answer.tokens,
      costUsd: answer.costUsd,
    });
    if (context === "") return { failure: "no current information was found" };
    // The family's date, not UTC's: in the evening west of Greenwich UTC is already tomorrow.
    const date = createLocalDay(state.config.users.timezone).dayOf(ctx.deps.clock.now());
    return {
      injection: renderTemplate(getPromptText(state.prompts, "enrichment/injection.md"), { date, context }),
    };
  } catch (error) {
    if (signal.aborted) throw error;
    const status = toStatus(error, 502);
    finishStep({ status, content: "" });
    ctx.deps.logger.warn("Enrichment failed, answering without it", {
      requestId,
      backend: backendName,
      status,
    });
    return { failure: "current sources could not be checked", backendFailed: true };
  }
}
