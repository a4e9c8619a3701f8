import { SimulatedPromptCache } from "./simulated_prompt_cache.ts";
import { serveNodeHttp } from "./serve_node_http.ts";
import { answerEmbeddings } from "./simulated_embeddings.ts";
import { toChatBodyFromResponses, toResponsesAnswer, toResponsesStream } from "./simulated_responses.ts";
import { defaultReply } from "./simulated_completion.ts";
import { answerGeneration, type GenerationContext } from "./answer_generation.ts";
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
import { withBodyFault } from "./simulated_faulty_body.ts";
import type { RecordedRequest, SimulatorBehaviour } from "./simulator_behaviour.ts";

export type { RecordedRequest, SimulatedFailure, SimulatorBehaviour } from "./simulator_behaviour.ts";

/** Options for {@linkcode startOpenAiSimulator}. */
export interface SimulatorOptions {
  /** Model ids it serves (like `--served-model-name`). */
  models: string[];
  /** When set, requests need `Authorization: Bearer <apiKey>`, like a cloud API. */
  apiKey?: string;
  behaviour?: Partial<SimulatorBehaviour>;
  /** The real server played: "vllm" (default) or "xai"; see `simulated_server.ts`. */
  server?: SimulatedServerName;
  /** The vLLM release played (default {@linkcode DEFAULT_VLLM_VERSION}); behaviours change at verified cutoffs. */
  version?: string;
  /**
   * vLLM's `--runner`: `pooling` (an embedding model) answers embeddings and refuses chat and completions
   * with vLLM's 400 (vllm-project/vllm vllm/entrypoints/openai/api_server.py, `create_chat_completion`
   * without `openai_serving_chat`). Default `generate`.
   */
  runner?: "generate" | "pooling";
  /** vLLM's `--max-model-len`: longer prompts get vLLM's 400 (`check_simulated_request.ts`). Unset, no limit. */
  maxModelLen?: number;
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
  const usageExtra = (
    promptTokens: number,
    { completionTokens, cached = 0 }: { completionTokens: number; cached?: number },
  ): Record<string, unknown> =>
    traits.reportsCostTicks
      ? {
        "prompt_tokens_details": { "text_tokens": promptTokens, "cached_tokens": cached },
        "cost_in_usd_ticks": toSimulatedCostTicks(promptTokens, { completionTokens, cached }),
      }
      : {};

  const generation: GenerationContext = {
    models,
    behaviour,
    traits,
    promptCache,
    nextId: () => ++nextId,
    untilGone,
    usageExtra,
  };
  const withFault = (
    answer: Response,
    { record, signal }: { record: RecordedRequest; signal: AbortSignal },
  ) => withBodyFault(answer, { failure: behaviour.failure, record, signal });

  async function handle(request: Request): Promise<Response> {
    const { pathname } = new URL(request.url);
    if (request.method === "GET" && pathname === "/health") return new Response(null, { status: 200 });
    if (request.method === "GET" && pathname === "/version" && traits.servesVersion) {
      // vLLM's api_server.py show_version: `{"version": VLLM_VERSION}`, outside /v1 and without a key.
      return Response.json({ version: server.version });
    }
    if (apiKey && request.headers.get("authorization") !== `Bearer ${apiKey}`) {
      return Response.json(
        toErrorBody(401, { message: "Incorrect API key provided", type: "invalid_request_error" }),
        {
          status: 401,
        },
      );
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
          toErrorBody(404, { message: `The model \`${body.model}\` does not exist.`, type: "NotFoundError" }),
          {
            status: 404,
          },
        );
      }
      const failure = behaviour.failure;
      if (failure?.kind === "not-json") {
        return new Response(failure.body, { headers: { "content-type": failure.contentType } });
      }
      return await withFault(answerEmbeddings(body, String(body.model)), {
        record: record,
        signal: request.signal,
      });
    }
    const isResponses = pathname === "/v1/responses";
    const isChat = pathname === "/v1/chat/completions" || isResponses;
    if (request.method !== "POST" || (!isChat && pathname !== "/v1/completions")) {
      return Response.json(toErrorBody(404, { message: "Not Found", type: "NotFoundError" }), {
        status: 404,
      });
    }
    if (options.runner === "pooling") {
      const api = isResponses ? "Responses" : isChat ? "Chat Completions" : "Completions";
      return Response.json(
        toErrorBody(400, { message: `The model does not support ${api} API`, type: "BadRequestError" }),
        {
          status: 400,
        },
      );
    }
    let body: Record<string, unknown>;
    try {
      body = await request.json();
    } catch {
      return Response.json(toErrorBody(400, { message: "Invalid JSON", type: "BadRequestError" }), {
        status: 400,
      });
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
      maxModelLen: options.maxModelLen,
    });
    if (refused) return refused;
    if (requestId) inFlightIds.add(requestId);
    const done = () => {
      if (requestId) inFlightIds.delete(requestId);
    };
    const answer = await answerGeneration(generation, { request, record, isChat, done }).catch((error) => {
      done();
      throw error;
    });
    // A stream releases its id when it ends (`onEnd`); any other answer is over once built.
    if (!answer.headers.get("content-type")?.startsWith("text/event-stream")) done();
    if (!isResponses || !answer.ok) {
      return await withFault(answer, { record: record, signal: request.signal });
    }
    const id = `resp_${crypto.randomUUID().replaceAll("-", "")}`;
    if (record.body.stream === true) {
      const events = toResponsesStream(body, {
        chat: answer.body as ReadableStream<Uint8Array>,
        id,
        model: String(body.model),
      });
      return new Response(events, { headers: answer.headers });
    }
    return await withFault(Response.json(toResponsesAnswer(body, { completion: await answer.json(), id })), {
      record: record,
      signal: request.signal,
    });
  }

  const listen = (port: number) => serveNodeHttp(handle, { hostname, port });
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
