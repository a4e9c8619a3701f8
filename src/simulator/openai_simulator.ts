import { SimulatedPromptCache } from "./simulated_prompt_cache.ts";
import { serveNodeHttp } from "./serve_node_http.ts";
import { answerEmbeddings } from "./simulated_embeddings.ts";
import { toChatBodyFromResponses, toResponsesAnswer, toResponsesStream } from "./simulated_responses.ts";
import {
  countPromptTokens,
  defaultReply,
  readLogprobsRequest,
  toChatCompletion,
  toCompletion,
  toUsage,
} from "./simulated_completion.ts";
import { buildSimulatedAnswer } from "./build_simulated_answer.ts";
import { checkSimulatedRequest, toErrorBody } from "./check_simulated_request.ts";
import {
  DEFAULT_VLLM_VERSION,
  type ServerTraits,
  type SimulatedServer,
  type SimulatedServerName,
  toModelList,
  toServerTraits,
  toSimulatedCostTicks,
} from "./simulated_server.ts";
import { toSimulatedStream } from "./simulated_stream.ts";
import { sleep, toFaultyBody } from "./simulated_faulty_body.ts";

/** A failure the simulator injects into the next requests (tests flip it on and off). */
export type SimulatedFailure =
  | { kind: "status"; status: number; body?: unknown }
  /** Accepts the request and never answers. */
  | { kind: "stall" }
  /** Sends `afterChunks` chunks, then ends the body without `[DONE]`. */
  | { kind: "drop"; afterChunks: number }
  /** Sends `afterChunks` chunks, then goes silent with the stream open. */
  | { kind: "stall-stream"; afterChunks: number }
  /** Sends `afterChunks` chunks, then one `data: {"error": …}` event and `[DONE]`, as vLLM does mid-generation. */
  | { kind: "error-event"; afterChunks: number; message?: string }
  /**
   * Non-streaming: sends the headers (with the full Content-Length) and half the JSON, then drops the
   * connection, as a model server that crashes or is OOM-killed mid-write does.
   */
  | { kind: "break-body" }
  /** Non-streaming: status 200 with a body that is not JSON (a proxy's or captive portal's HTML page). */
  | { kind: "not-json"; body: string; contentType: string }
  /** Non-streaming: sends the headers at once and the JSON body only after `delayMs` (a proxy that flushes early). */
  | { kind: "slow-body"; delayMs: number };

/** How the simulated model behaves; mutable so a test can change it between requests. */
export interface SimulatorBehaviour {
  /** Delay before the first token (model prefill). */
  ttftMs: number;
  /** Delay between two streamed tokens. */
  interTokenMs: number;
  failure: SimulatedFailure | null;
  /**
   * The answer text; by default it echoes the question and answers Open WebUI's task prompts (title, tags,
   * follow-ups, queries, image prompt, tool selection) in the JSON they ask for (`simulated_tasks.ts`).
   */
  reply: (body: Record<string, unknown>, model: string) => string;
  /** Picks the label for vLLM `structured_outputs.choice` (or `guided_choice`), with its log-probability. */
  choose: (body: Record<string, unknown>, choices: string[]) => { label: string; logprob: number };
  /** Emits reasoning before the answer, like vLLM with a reasoning parser (field names: the played version's). */
  reasoning: boolean;
  /**
   * The whole answer (a structured-output label too) arrives as reasoning with no content, as with a
   * deepseek_r1-style reasoning parser whose output never closes `</think>` (vLLM's
   * vllm/reasoning/deepseek_r1_reasoning_parser.py treats such output as reasoning), or older vLLM with thinking off.
   */
  answerInReasoning: boolean;
}

/** One request the simulator saw. */
export interface RecordedRequest {
  path: string;
  body: Record<string, unknown>;
  headers: Headers;
  /** Set when the client went away before the answer was complete. */
  aborted: boolean;
  completed: boolean;
}

/** Options for {@linkcode startOpenAiSimulator}. */
export interface SimulatorOptions {
  /** Model ids it serves (like `--served-model-name`). */
  models: string[];
  /** When set, requests need `Authorization: Bearer <apiKey>`, like a cloud API. */
  apiKey?: string;
  behaviour?: Partial<SimulatorBehaviour>;
  /** The real server played: "vllm" (default) or "xai"; see /work/notes/simulator_api.md and `simulated_server.ts`. */
  server?: SimulatedServerName;
  /** The vLLM release played (default {@linkcode DEFAULT_VLLM_VERSION}); behaviours change at verified cutoffs. */
  version?: string;
  /**
   * vLLM's `--runner`: `pooling` (an embedding model) answers embeddings and refuses chat and completions
   * with vLLM's 400 (vllm-project/vllm vllm/entrypoints/openai/api_server.py, `create_chat_completion`
   * without `openai_serving_chat`). Default `generate`.
   */
  runner?: "generate" | "pooling";
  hostname?: string;
  port?: number;
}

/** A running simulated OpenAI-compatible server. */
export interface OpenAiSimulator extends AsyncDisposable {
  /** Base URL with `/v1`, as a backend's `urls` entry wants it. */
  readonly baseUrl: string;
  readonly port: number;
  readonly behaviour: SimulatorBehaviour;
  readonly requests: RecordedRequest[];
  /** The server and version played, and the behaviours that follow from them. */
  readonly server: SimulatedServer;
  readonly traits: ServerTraits;
  /** xAI's prompt cache, by `x-grok-conv-id` (the ids received are in `conversationIds`). */
  readonly promptCache: SimulatedPromptCache;
  /** Stops listening, so connections are refused (a dead model server). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

/** Starts a vLLM-like (or xAI-like) server on loopback (port 0 by default) for the demo, tests and benchmarks. */
export async function startOpenAiSimulator(options: SimulatorOptions): Promise<OpenAiSimulator> {
  const { models, apiKey, hostname = "127.0.0.1" } = options;
  const server: SimulatedServer = {
    name: options.server ?? "vllm",
    version: options.version ?? DEFAULT_VLLM_VERSION,
  };
  const traits = toServerTraits(server);
  const behaviour: SimulatorBehaviour = {
    ttftMs: 0,
    interTokenMs: 0,
    failure: null,
    reply: defaultReply,
    choose: (_body, choices) => ({ label: choices[0] as string, logprob: -0.01 }),
    reasoning: false,
    answerInReasoning: false,
    ...options.behaviour,
  };
  const requests: RecordedRequest[] = [];
  const inFlightIds = new Set<string>();
  // Ends stalled answers when the simulator stops, so shutdown never waits on them.
  let closing = new AbortController();
  let nextId = 0;
  const untilGone = (signal: AbortSignal) =>
    new Promise<void>((resolve) =>
      AbortSignal.any([signal, closing.signal]).addEventListener("abort", () => resolve())
    );
  const promptCache = new SimulatedPromptCache();
  const usageExtra = (promptTokens: number, completionTokens: number, cached = 0): Record<string, unknown> =>
    traits.reportsCostTicks
      ? {
        "prompt_tokens_details": { "text_tokens": promptTokens, "cached_tokens": cached },
        "cost_in_usd_ticks": toSimulatedCostTicks(promptTokens, completionTokens, cached),
      }
      : {};

  async function handleGeneration(
    request: Request,
    record: RecordedRequest,
    isChat: boolean,
    done: () => void,
  ): Promise<Response> {
    const model = String(record.body.model ?? "");
    if (!models.includes(model)) {
      return Response.json(toErrorBody(404, `The model \`${model}\` does not exist.`, "NotFoundError"), {
        status: 404,
      });
    }
    const failure = behaviour.failure;
    if (failure?.kind === "status") {
      const body = failure.body ?? toErrorBody(failure.status, "Simulated failure", "InternalServerError");
      return Response.json(body, { status: failure.status });
    }
    if (failure?.kind === "stall") {
      await untilGone(request.signal);
      record.aborted = request.signal.aborted;
      return new Response(null, { status: 499 });
    }
    const id = `${isChat ? "chatcmpl" : "cmpl"}-sim${++nextId}`;
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
        usageExtra: usageExtra(promptTokens, completionTokens, cached),
        failure:
          failure?.kind === "drop" || failure?.kind === "stall-stream" || failure?.kind === "error-event"
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
      ...usageExtra(promptTokens, completionTokens, cached),
    };
    const head = { id, model, created };
    // A `break-body`/`slow-body` failure is applied to this JSON by withBodyFault in `handle`.
    const json = isChat
      ? toChatCompletion(head, { answers, traits, usage, logprobs })
      : toCompletion(head, { answers, usage, logprobs });
    record.completed = true;
    return Response.json(json);
  }

  /**
   * A whole JSON answer (chat, completions, Responses, embeddings) given the `break-body` or `slow-body`
   * failure when one is set: the headers at once, the body broken off or late.
   */
  async function withBodyFault(
    answer: Response,
    record: RecordedRequest,
    signal: AbortSignal,
  ): Promise<Response> {
    const failure = behaviour.failure;
    const isJson = answer.headers.get("content-type")?.startsWith("application/json") === true;
    if ((failure?.kind !== "break-body" && failure?.kind !== "slow-body") || !answer.ok || !isJson) {
      return answer;
    }
    const bytes = new Uint8Array(await answer.arrayBuffer());
    record.completed = false;
    return new Response(toFaultyBody(failure, bytes, record, signal), {
      headers: {
        "content-type": "application/json",
        ...failure.kind === "break-body" ? { "content-length": String(bytes.length) } : {},
      },
    });
  }

  async function handle(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === "GET" && pathname === "/health") return new Response(null, { status: 200 });
    if (request.method === "GET" && pathname === "/version" && traits.servesVersion) {
      // vLLM's api_server.py show_version: `{"version": VLLM_VERSION}`, outside /v1 and without a key.
      return Response.json({ version: server.version });
    }
    if (apiKey && request.headers.get("authorization") !== `Bearer ${apiKey}`) {
      return Response.json(toErrorBody(401, "Incorrect API key provided", "invalid_request_error"), {
        status: 401,
      });
    }
    if (request.method === "GET" && pathname === "/v1/models") {
      return Response.json(toModelList(models, server));
    }
    if (request.method === "POST" && pathname === "/v1/embeddings") {
      const body = await request.json().catch(() => ({}));
      const record = { path: pathname, body, headers: request.headers, aborted: false, completed: true };
      requests.push(record);
      if (!models.includes(String(body.model))) {
        return Response.json(
          toErrorBody(404, `The model \`${body.model}\` does not exist.`, "NotFoundError"),
          {
            status: 404,
          },
        );
      }
      const failure = behaviour.failure;
      if (failure?.kind === "not-json") {
        return new Response(failure.body, { headers: { "content-type": failure.contentType } });
      }
      return await withBodyFault(answerEmbeddings(body, String(body.model)), record, request.signal);
    }
    const isResponses = pathname === "/v1/responses";
    const isChat = pathname === "/v1/chat/completions" || isResponses;
    if (request.method !== "POST" || (!isChat && pathname !== "/v1/completions")) {
      return Response.json(toErrorBody(404, "Not Found", "NotFoundError"), { status: 404 });
    }
    if (options.runner === "pooling") {
      const api = isResponses ? "Responses" : isChat ? "Chat Completions" : "Completions";
      return Response.json(toErrorBody(400, `The model does not support ${api} API`, "BadRequestError"), {
        status: 400,
      });
    }
    let body: Record<string, unknown>;
    try {
      body = await request.json();
    } catch {
      return Response.json(toErrorBody(400, "Invalid JSON", "BadRequestError"), { status: 400 });
    }
    const record: RecordedRequest = {
      path: pathname,
      body: isResponses ? toChatBodyFromResponses(body) : body,
      headers: request.headers,
      aborted: false,
      completed: false,
    };
    requests.push(record);
    const requestId = request.headers.get("x-request-id");
    const refused = checkSimulatedRequest({
      path: pathname,
      body: record.body,
      model: String(record.body.model ?? ""),
      traits,
      inFlightIds,
      requestId,
    });
    if (refused) return refused;
    if (requestId) inFlightIds.add(requestId);
    const done = () => {
      if (requestId) inFlightIds.delete(requestId);
    };
    const answer = await handleGeneration(request, record, isChat, done).catch((error) => {
      done();
      throw error;
    });
    // A stream releases its id when it ends (`onEnd`); any other answer is over once built.
    if (!answer.headers.get("content-type")?.startsWith("text/event-stream")) done();
    if (!isResponses || !answer.ok) return await withBodyFault(answer, record, request.signal);
    const id = `resp_${crypto.randomUUID().replaceAll("-", "")}`;
    if (record.body.stream === true) {
      const events = toResponsesStream(
        body,
        answer.body as ReadableStream<Uint8Array>,
        id,
        String(body.model),
      );
      return new Response(events, { headers: answer.headers });
    }
    return await withBodyFault(
      Response.json(toResponsesAnswer(body, await answer.json(), id)),
      record,
      request.signal,
    );
  }

  const listen = (port: number) => serveNodeHttp(handle, hostname, port);
  let httpServer = await listen(options.port ?? 0);
  const port = httpServer.port;
  const simulator: OpenAiSimulator = {
    baseUrl: `http://${hostname}:${port}/v1`,
    port,
    behaviour,
    requests,
    server,
    traits,
    promptCache,
    stop: async () => {
      closing.abort();
      await httpServer.shutdown();
    },
    restart: async () => {
      closing = new AbortController();
      httpServer = await listen(port);
    },
    [Symbol.asyncDispose]: async () => {
      closing.abort();
      await httpServer.shutdown().catch(() => {});
    },
  };
  return simulator;
}
