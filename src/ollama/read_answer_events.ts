/**
 * The one seam between the chat pipeline's answer and the Ollama response half: the pipeline's typed answer
 * (`src/chat/chat_answer.ts`), or a completions twin's HTTP answer, read into what Ollama needs to say. The
 * Ollama writers only see these {@linkcode AnswerEvent}s.
 */
import { type ApiError, upstreamFailed } from "../api_error.ts";
import {
  type AnswerEvent as PipelineEvent,
  type ChatAnswer,
  toAnswerEvents as toPipelineEvents,
} from "../chat/chat_answer.ts";

/** A tool call the model finished, its arguments as the JSON text the model wrote. */
export interface AnswerToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** What an answer says, in order. */
export type AnswerEvent =
  | { kind: "text"; text: string }
  | { kind: "thinking"; text: string }
  | { kind: "tool_calls"; calls: AnswerToolCall[] }
  | { kind: "finish"; reason: string }
  | { kind: "usage"; prompt: number; completion: number }
  /** The model's container is still starting (the pipeline's `waiting`, every `supervisor.keepAliveMs`). */
  | { kind: "waiting" }
  | { kind: "error"; error: ApiError };

/** Reads an answer a piece at a time; `cancel` stops the upstream at once (a client that left). */
export interface AnswerReader {
  /** The events of the next piece of the answer (maybe none), or undefined at its end. */
  next(): Promise<AnswerEvent[] | undefined>;
  cancel(reason?: unknown): Promise<void>;
}

type Json = Record<string, unknown>;
type ToolDelta = { index?: number; id?: string; function?: { name?: string; arguments?: string } };

/** Events of one chat completion (or chunk) choice; tool call pieces are gathered in `calls`. */
function toChoiceEvents(choice: Json | undefined, calls: Map<number, AnswerToolCall>): AnswerEvent[] {
  if (!choice) return [];
  const events: AnswerEvent[] = [];
  const message = (choice.delta ?? choice.message ?? {}) as Json;
  const thinking = message.reasoning ?? message["reasoning_content"];
  if (typeof thinking === "string" && thinking !== "") events.push({ kind: "thinking", text: thinking });
  const text = message.content ?? choice.text;
  if (typeof text === "string" && text !== "") events.push({ kind: "text", text });
  const deltas = (message.tool_calls ?? []) as ToolDelta[];
  deltas.forEach((delta, i) => {
    const index = delta.index ?? i;
    const call = calls.get(index) ?? { id: delta.id ?? `call_${index}`, name: "", arguments: "" };
    if (delta.id) call.id = delta.id;
    call.name += delta.function?.name ?? "";
    call.arguments += delta.function?.arguments ?? "";
    calls.set(index, call);
  });
  const reason = choice["finish_reason"];
  if (typeof reason === "string") {
    if (calls.size > 0) events.push({ kind: "tool_calls", calls: [...calls.values()] });
    calls.clear();
    events.push({ kind: "finish", reason });
  }
  return events;
}

/** Events of one parsed OpenAI object: a completion, a stream chunk, or an error. */
function toEvents(json: Json, calls: Map<number, AnswerToolCall>): AnswerEvent[] {
  const error = json.error as { message?: unknown } | undefined;
  if (error) return [{ kind: "error", error: upstreamFailed(String(error.message ?? "The backend failed")) }];
  const events = toChoiceEvents((json.choices as Json[] | undefined)?.[0], calls);
  const usage = json.usage as { "prompt_tokens"?: number; "completion_tokens"?: number } | null | undefined;
  if (usage) {
    events.push({
      kind: "usage",
      prompt: usage.prompt_tokens ?? 0,
      completion: usage.completion_tokens ?? 0,
    });
  }
  return events;
}

/** Reads the pipeline's typed events one at a time; cancelling the reader cancels the upstream call. */
function fromEventStream(stream: ReadableStream<PipelineEvent>): AnswerReader {
  const calls = new Map<number, AnswerToolCall>();
  const reader = stream.getReader();
  let ended = false;
  return {
    next: async () => {
      if (ended) return undefined;
      const { value, done } = await reader.read();
      if (done) {
        ended = true;
        // A stream that ended without a finish reason still hands over the calls it gathered.
        if (calls.size === 0) return undefined;
        const gathered: AnswerEvent[] = [{ kind: "tool_calls", calls: [...calls.values()] }];
        calls.clear();
        return gathered;
      }
      if (value.type === "chunk") return toEvents(value.chunk, calls);
      if (value.type === "error") return [{ kind: "error", error: value.error }];
      return [{ kind: "waiting" }];
    },
    cancel: (reason) => reader.cancel(reason),
  };
}

function fromJson(read: () => Promise<Json>, cancel: (reason?: unknown) => Promise<void>): AnswerReader {
  let done = false;
  return {
    next: async () => {
      if (done) return undefined;
      done = true;
      return toEvents(await read(), new Map());
    },
    cancel,
  };
}

/** Opens the chat pipeline's answer (a whole completion or a stream of typed events). */
export function readAnswerEvents(answer: ChatAnswer): AnswerReader {
  if (answer.kind === "stream") return fromEventStream(answer.events());
  return fromJson(() => Promise.resolve(answer.completion as Json), () => Promise.resolve());
}

/** Opens an HTTP answer of a twin that still answers in bytes (completions: JSON, or SSE). */
export function readResponseEvents(response: Response): AnswerReader {
  const isStream = response.headers.get("content-type")?.includes("text/event-stream") ?? false;
  if (isStream && response.body) return fromEventStream(toPipelineEvents(response.body));
  return fromJson(
    async () => await response.json() as Json,
    async (reason) => await response.body?.cancel(reason),
  );
}
