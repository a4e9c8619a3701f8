/**
 * The one seam between the chat pipeline's answer and the Ollama response half: the pipeline's HTTP answer
 * (OpenAI JSON, or SSE) read once into typed events. When the pipeline returns typed answer events itself,
 * this file is what changes; the Ollama writers only see {@linkcode AnswerEvent}s.
 */

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
  | { kind: "error"; message: string };

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
  if (error) return [{ kind: "error", message: String(error.message ?? "Upstream error") }];
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

/** Opens the pipeline's answer (JSON or `text/event-stream`) as an {@linkcode AnswerReader}. */
export function readAnswerEvents(answer: Response): AnswerReader {
  const calls = new Map<number, AnswerToolCall>();
  const isStream = answer.headers.get("content-type")?.includes("text/event-stream") ?? false;
  if (!isStream) {
    let done = false;
    return {
      next: async () => {
        if (done) return undefined;
        done = true;
        return toEvents(await answer.json() as Json, calls);
      },
      cancel: async (reason) => await answer.body?.cancel(reason),
    };
  }
  const reader = (answer.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let pending = "";
  const toDataEvents = (block: string): AnswerEvent[] => {
    const data = block.split("\n").filter((line) => line.startsWith("data:")).map((line) =>
      line.slice(5).trim()
    )
      .join("\n");
    if (data === "" || data === "[DONE]") return [];
    return toEvents(JSON.parse(data) as Json, calls);
  };
  return {
    next: async () => {
      const { value, done } = await reader.read();
      if (done) {
        const rest = pending.trim() === "" ? [] : toDataEvents(pending);
        pending = "";
        // A stream that ended without a finish reason still hands over the calls it gathered.
        const gathered: AnswerEvent[] = calls.size > 0
          ? [{ kind: "tool_calls", calls: [...calls.values()] }]
          : [];
        calls.clear();
        return rest.length + gathered.length > 0 ? [...rest, ...gathered] : undefined;
      }
      pending += decoder.decode(value, { stream: true }).replaceAll("\r\n", "\n");
      const blocks = pending.split("\n\n");
      pending = blocks.pop() ?? "";
      return blocks.flatMap(toDataEvents);
    },
    cancel: (reason) => reader.cancel(reason),
  };
}
