import { serveNodeHttp } from "./serve_node_http.ts";
import { toChatBodyFromResponses, toResponsesAnswer } from "./simulated_responses.ts";
import {
  countPromptTokens,
  defaultReply,
  type SimulatedAnswer,
  toChatChunk,
  toChatCompletion,
  toCompletionChunk,
  toTokens,
  toUsage,
} from "./simulated_completion.ts";

/** A failure the simulator injects into the next requests (tests flip it on and off). */
export type SimulatedFailure =
  | { kind: "status"; status: number; body?: unknown }
  /** Accepts the request and never answers. */
  | { kind: "stall" }
  /** Sends `afterChunks` chunks, then ends the body without `[DONE]`. */
  | { kind: "drop"; afterChunks: number }
  /** Sends `afterChunks` chunks, then goes silent with the stream open. */
  | { kind: "stall-stream"; afterChunks: number }
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
  /** The answer text; echoes the question by default. */
  reply: (body: Record<string, unknown>, model: string) => string;
  /** Picks the label for vLLM `structured_outputs.choice`, with its log-probability. */
  choose: (body: Record<string, unknown>, choices: string[]) => { label: string; logprob: number };
  /** Emits `reasoning` before the answer, like vLLM with a reasoning parser. */
  reasoning: boolean;
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
  /** Stops listening, so connections are refused (a dead model server). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  restart(): Promise<void>;
}

const encoder = new TextEncoder();
const sse = (value: unknown) => encoder.encode(`data: ${JSON.stringify(value)}\n\n`);
const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

function toErrorBody(status: number, message: string, type: string) {
  return { error: { message, type, param: null, code: status } };
}

function buildAnswer(
  body: Record<string, unknown>,
  model: string,
  behaviour: SimulatorBehaviour,
): SimulatedAnswer {
  const choices = (body.structured_outputs as { choice?: unknown } | undefined)?.choice;
  if (Array.isArray(choices) && choices.length > 0) {
    const { label, logprob } = behaviour.choose(body, choices.map(String));
    return { tokens: [label], reasoning: [], finishReason: "stop", logprob };
  }
  let tokens = toTokens(behaviour.reply(body, model));
  // Reasoning is a chat feature (the reasoning parser splits chat output); legacy completions have none.
  const thinking = behaviour.reasoning && Array.isArray(body.messages) &&
    (body.chat_template_kwargs as { enable_thinking?: boolean } | undefined)?.enable_thinking !== false;
  const reasoning = thinking ? toTokens("Let me think about what is being asked before answering.") : [];
  const limit = Number(body.max_tokens ?? body.max_completion_tokens ?? Infinity);
  const cut = tokens.length + reasoning.length > limit;
  if (cut) tokens = tokens.slice(0, Math.max(0, limit - reasoning.length));
  return { tokens, reasoning, finishReason: cut ? "length" : "stop" };
}

/** The body of a `break-body` or `slow-body` answer; `record.aborted` is set when the client cancels it. */
function toFaultyBody(
  failure: { kind: "break-body" } | { kind: "slow-body"; delayMs: number },
  bytes: Uint8Array,
  record: RecordedRequest,
  signal: AbortSignal,
): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      if (failure.kind === "break-body") {
        controller.enqueue(bytes.subarray(0, bytes.length >> 1));
        // Lets the headers and half the body reach the socket; an errored body then makes serve_node_http
        // destroy the socket mid-body.
        await sleep(50, signal);
        return controller.error(new Error("simulated crash mid-body"));
      }
      controller.enqueue(encoder.encode(" ")); // JSON allows leading whitespace; flushes the headers
      await sleep(failure.delayMs, signal);
      if (signal.aborted) return;
      controller.enqueue(bytes);
      record.completed = true;
      controller.close();
    },
    cancel() {
      record.aborted = true;
    },
  });
}

/** Starts a vLLM-like server on loopback (port 0 by default) for the demo, tests and benchmarks. */
export async function startOpenAiSimulator(options: SimulatorOptions): Promise<OpenAiSimulator> {
  const { models, apiKey, hostname = "127.0.0.1" } = options;
  const behaviour: SimulatorBehaviour = {
    ttftMs: 0,
    interTokenMs: 0,
    failure: null,
    reply: defaultReply,
    choose: (_body, choices) => ({ label: choices[0] as string, logprob: -0.01 }),
    reasoning: false,
    ...options.behaviour,
  };
  const requests: RecordedRequest[] = [];
  // Ends stalled answers when the simulator stops, so shutdown never waits on them.
  let closing = new AbortController();
  let nextId = 0;
  const untilGone = (signal: AbortSignal) =>
    new Promise<void>((resolve) =>
      AbortSignal.any([signal, closing.signal]).addEventListener("abort", () => resolve())
    );

  function streamAnswer(record: RecordedRequest, signal: AbortSignal, isChat: boolean, model: string) {
    const answer = buildAnswer(record.body, model, behaviour);
    const id = `${isChat ? "chatcmpl" : "cmpl"}-sim${++nextId}`;
    const created = Math.floor(Date.now() / 1000);
    const includeUsage = (record.body.stream_options as { include_usage?: boolean } | null)?.include_usage;
    const failure = behaviour.failure;
    return new ReadableStream<Uint8Array>({
      async start(controller) {
        const parts: Array<Record<string, unknown>> = isChat
          ? [
            toChatChunk({ id, model, created }, { delta: { role: "assistant", content: "" } }),
            ...answer.reasoning.map((t) => toChatChunk({ id, model, created }, { delta: { reasoning: t } })),
            ...answer.tokens.map((t) => toChatChunk({ id, model, created }, { delta: { content: t } })),
            toChatChunk({ id, model, created }, { delta: {}, finishReason: answer.finishReason }),
          ]
          : [
            ...answer.tokens.map((t) => toCompletionChunk({ id, model, created }, { text: t })),
            toCompletionChunk({ id, model, created }, { text: "", finishReason: answer.finishReason }),
          ];
        await sleep(behaviour.ttftMs, signal);
        for (const [index, part] of parts.entries()) {
          if (signal.aborted) return;
          if (failure?.kind === "drop" && index === failure.afterChunks) return controller.close();
          if (failure?.kind === "stall-stream" && index === failure.afterChunks) {
            return await untilGone(signal).then(() => controller.close());
          }
          if (index > 1) await sleep(behaviour.interTokenMs, signal);
          if (signal.aborted) return;
          controller.enqueue(sse(part));
        }
        if (includeUsage) {
          const usage = toUsage(
            countPromptTokens(record.body),
            answer.tokens.length + answer.reasoning.length,
          );
          controller.enqueue(
            sse({
              id,
              object: isChat ? "chat.completion.chunk" : "text_completion",
              created,
              model,
              choices: [],
              usage,
            }),
          );
        }
        controller.enqueue(encoder.encode("data: [DONE]\n\n"));
        record.completed = true;
        controller.close();
      },
      cancel() {
        record.aborted = true;
      },
    });
  }

  async function handleGeneration(
    request: Request,
    record: RecordedRequest,
    isChat: boolean,
  ): Promise<Response> {
    const model = String(record.body.model ?? "");
    if (!models.includes(model)) {
      return Response.json(toErrorBody(404, `The model \`${model}\` does not exist.`, "NotFoundError"), {
        status: 404,
      });
    }
    const failure = behaviour.failure;
    if (failure?.kind === "status") {
      return Response.json(
        failure.body ?? toErrorBody(failure.status, "Simulated failure", "InternalServerError"),
        {
          status: failure.status,
        },
      );
    }
    if (failure?.kind === "stall") {
      await untilGone(request.signal);
      record.aborted = request.signal.aborted;
      return new Response(null, { status: 499 });
    }
    if (record.body.stream === true) {
      return new Response(streamAnswer(record, request.signal, isChat, model), {
        headers: { "content-type": "text/event-stream; charset=utf-8" },
      });
    }
    if (failure?.kind === "not-json") {
      record.completed = true;
      return new Response(failure.body, { headers: { "content-type": failure.contentType } });
    }
    const answer = buildAnswer(record.body, model, behaviour);
    await sleep(behaviour.ttftMs + behaviour.interTokenMs * answer.tokens.length, request.signal);
    if (request.signal.aborted) {
      record.aborted = true;
      return new Response(null, { status: 499 });
    }
    const id = `${isChat ? "chatcmpl" : "cmpl"}-sim${++nextId}`;
    const created = Math.floor(Date.now() / 1000);
    const promptTokens = countPromptTokens(record.body);
    const json = isChat ? toChatCompletion({ id, model, created }, { answer, promptTokens }) : {
      ...toCompletionChunk({ id, model, created }, {
        text: answer.tokens.join(""),
        finishReason: answer.finishReason,
      }),
      usage: toUsage(promptTokens, answer.tokens.length),
    };
    if (failure?.kind === "break-body" || failure?.kind === "slow-body") {
      const bytes = encoder.encode(JSON.stringify(json));
      return new Response(toFaultyBody(failure, bytes, record, request.signal), {
        headers: {
          "content-type": "application/json",
          ...failure.kind === "break-body" ? { "content-length": String(bytes.length) } : {},
        },
      });
    }
    record.completed = true;
    return Response.json(json);
  }

  async function handle(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === "GET" && pathname === "/health") return new Response(null, { status: 200 });
    if (apiKey && request.headers.get("authorization") !== `Bearer ${apiKey}`) {
      return Response.json(toErrorBody(401, "Incorrect API key provided", "invalid_request_error"), {
        status: 401,
      });
    }
    if (request.method === "GET" && pathname === "/v1/models") {
      const created = Math.floor(Date.now() / 1000);
      return Response.json({
        object: "list",
        data: models.map((id) => ({
          id,
          object: "model",
          created,
          owned_by: "vllm",
          root: id,
          max_model_len: 32768,
        })),
      });
    }
    const isResponses = pathname === "/v1/responses";
    const isChat = pathname === "/v1/chat/completions" || isResponses;
    if (request.method !== "POST" || (!isChat && pathname !== "/v1/completions")) {
      return Response.json(toErrorBody(404, "Not Found", "NotFoundError"), { status: 404 });
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
    const answer = await handleGeneration(request, record, isChat);
    if (!isResponses || !answer.ok) return answer;
    return Response.json(toResponsesAnswer(body, await answer.json(), `resp-sim${++nextId}`));
  }

  const listen = (port: number) => serveNodeHttp(handle, hostname, port);
  let server = await listen(options.port ?? 0);
  const port = server.port;
  const simulator: OpenAiSimulator = {
    baseUrl: `http://${hostname}:${port}/v1`,
    port,
    behaviour,
    requests,
    stop: async () => {
      closing.abort();
      await server.shutdown();
    },
    restart: async () => {
      closing = new AbortController();
      server = await listen(port);
    },
    [Symbol.asyncDispose]: async () => {
      closing.abort();
      await server.shutdown().catch(() => {});
    },
  };
  return simulator;
}
