import { buildSimulatedAnswer } from "./build_simulated_answer.ts";
import { toErrorBody } from "./check_simulated_request.ts";
import {
  countPromptTokens,
  readLogprobsRequest,
  toChatCompletion,
  toCompletion,
  toUsage,
} from "./simulated_completion.ts";
import { sleep } from "./simulated_faulty_body.ts";
import type { SimulatedPromptCache } from "./simulated_prompt_cache.ts";
import type { ServerTraits } from "./simulated_server.ts";
import { toSimulatedStream } from "./simulated_stream.ts";
import type { RecordedRequest, SimulatorBehaviour } from "./simulator_behaviour.ts";

/** What a simulated server's generations share: its models, behaviour, traits and id counter. */
export interface GenerationContext {
  models: readonly string[];
  behaviour: SimulatorBehaviour;
  traits: ServerTraits;
  /** xAI's prompt cache, by `x-grok-conv-id`. */
  promptCache: SimulatedPromptCache;
  /** The next call number, for the answer's and tool calls' ids. */
  nextId: () => number;
  /** Resolves when the request ends or the server closes. */
  untilGone: (signal: AbortSignal) => Promise<void>;
  /** Fields the played server adds to `usage` (xAI's cost ticks). */
  usageExtra: (
    promptTokens: number,
    counts: { completionTokens: number; cached?: number },
  ) => Record<string, unknown>;
}

/** One chat or completions request, already recorded; `done` releases its request id. */
export interface GenerationCall {
  request: Request;
  record: RecordedRequest;
  isChat: boolean;
  done: () => void;
}

/** Answers a chat or completions request as the played server would, with the injected failure if any. */
export async function answerGeneration(context: GenerationContext, call: GenerationCall): Promise<Response> {
  const { models, behaviour, traits, promptCache, untilGone, usageExtra } = context;
  const { request, record, isChat, done } = call;
  const model = String(record.body.model ?? "");
  if (!models.includes(model)) {
    return Response.json(
      toErrorBody(404, { message: `The model \`${model}\` does not exist.`, type: "NotFoundError" }),
      {
        status: 404,
      },
    );
  }
  const failure = behaviour.failure;
  if (failure?.kind === "status") {
    const body = failure.body ??
      toErrorBody(failure.status, { message: "Simulated failure", type: "InternalServerError" });
    return Response.json(body, { status: failure.status });
  }
  if (failure?.kind === "stall") {
    await untilGone(request.signal);
    record.aborted = request.signal.aborted;
    return new Response(null, { status: 499 });
  }
  const nextId = context.nextId();
  const id = `${isChat ? "chatcmpl" : "cmpl"}-sim${nextId}`;
  // `n` choices, each its own sample (vLLM honours n for chat and completions; OpenAPI allows 1–128).
  const count = Math.max(1, Math.min(128, Number(record.body.n ?? 1) || 1));
  const answers = Array.from(
    { length: count },
    (_, choice) =>
      buildSimulatedAnswer(record.body, { model, behaviour, traits, callId: `call_sim${nextId}`, choice }),
  );
  const answer = answers[0] as (typeof answers)[number];
  const logprobs = readLogprobsRequest(record.body, isChat);
  const promptTokens = countPromptTokens(record.body);
  const completionTokens = answers.reduce((n, a) => n + a.tokens.length + a.reasoning.length, 0);
  const cached = traits.reportsCostTicks
    ? promptCache.lookup(record.headers.get("x-grok-conv-id"), promptTokens)
    : 0;
  if (record.body.stream === true) {
    const streamOptions = record.body.stream_options as { include_usage?: boolean } | null | undefined;
    const stream = toSimulatedStream({
      id,
      model,
      isChat,
      answers,
      traits,
      logprobs,
      includeUsage: streamOptions?.include_usage === true,
      promptTokens,
      usageExtra: usageExtra(promptTokens, { completionTokens, cached }),
      failure: failure?.kind === "drop" || failure?.kind === "stall-stream" || failure?.kind === "error-event"
        ? failure
        : null,
      ttftMs: behaviour.ttftMs,
      interTokenMs: behaviour.interTokenMs,
      signal: request.signal,
      sleep,
      untilGone,
      onComplete: () => record.completed = true,
      onCancel: () => record.aborted = true,
      onEnd: done,
    });
    return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8" } });
  }
  if (failure?.kind === "not-json") {
    record.completed = true;
    return new Response(failure.body, { headers: { "content-type": failure.contentType } });
  }
  await sleep(behaviour.ttftMs + behaviour.interTokenMs * answer.tokens.length, request.signal);
  if (request.signal.aborted) {
    record.aborted = true;
    return new Response(null, { status: 499 });
  }
  const created = Math.floor(Date.now() / 1000);
  const usage = {
    ...toUsage(promptTokens, completionTokens),
    ...usageExtra(promptTokens, { completionTokens, cached }),
  };
  const head = { id, model, created };
  const json = isChat
    ? toChatCompletion(head, { answers, traits, usage, logprobs })
    : toCompletion(head, { answers, usage, logprobs });
  record.completed = true;
  return Response.json(json);
}
