import { getPromptText } from "../config/load_prompts.ts";
import { renderTemplate, toLastUserText } from "../routing/render_prompt.ts";
import type { ChatContext } from "./chat_context.ts";
import { getBackend } from "./chat_context.ts";

/** What the ENRICH first hop brought back: the injection text, or why there is none. */
export interface GatheredContext {
  injection?: string;
  failure?: string;
}

/**
 * ENRICH's first hop: asks the context backend (the cloud, with its search tools) for current facts
 * only, using `prompts/enrichment/system.md`. Any failure or an empty answer leaves the local model to
 * answer alone; it never fails the request.
 */
export async function gatherContext(ctx: ChatContext, backendName: string): Promise<GatheredContext> {
  const { state, request, recorder, requestId, signal } = ctx;
  const backend = getBackend(state, backendName);
  const question = toLastUserText(request.messages);
  const body: Record<string, unknown> = {
    model: backend.config.model,
    messages: [
      { role: "system", content: getPromptText(state.prompts, "enrichment/system.md") },
      { role: "user", content: question },
    ],
    "max_tokens": state.config.routing.cloudMaxTokensFloor,
    stream: false,
  };
  const finishStep = recorder.startStep("enrich", backend, body);
  try {
    const upstream = await backend.send({ path: "/chat/completions", body, signal, requestId });
    let json: {
      choices?: Array<{ message?: { content?: unknown }; "finish_reason"?: string }>;
      usage?: Record<string, number>;
    };
    try {
      json = await upstream.response.json();
      upstream.release();
    } catch (error) {
      upstream.release(String(error));
      throw error;
    }
    const content = json.choices?.[0]?.message?.content;
    const context = typeof content === "string" ? content.trim() : "";
    const usage = json.usage;
    finishStep({
      url: upstream.url,
      status: upstream.response.status,
      content: context,
      finishReason: json.choices?.[0]?.finish_reason ?? null,
      tokens: usage
        ? { prompt: usage["prompt_tokens"] ?? 0, completion: usage["completion_tokens"] ?? 0 }
        : null,
    });
    if (context === "") return { failure: "no current information was found" };
    const date = new Date().toISOString().slice(0, 10);
    return {
      injection: renderTemplate(getPromptText(state.prompts, "enrichment/injection.md"), { date, context }),
    };
  } catch (error) {
    if (signal.aborted) throw error;
    const status = (error as { status?: number }).status ?? 502;
    finishStep({ status, content: "" });
    ctx.deps.metrics.fallbacks.inc({ from: backendName, to: "none", reason: "enrichment failed" });
    ctx.deps.logger.warn("Enrichment failed, answering without it", {
      requestId,
      backend: backendName,
      status,
    });
    return { failure: "current sources could not be checked" };
  }
}
