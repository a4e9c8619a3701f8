/**
 * The response half: answer events as Ollama's `ChatResponse` / `GenerateResponse` (ollama/ollama
 * api/types.go@fb30760996871fa9460115c753afd2c60d4ab0f7), one JSON object or NDJSON lines. Ollama streams
 * a tool call whole, with its arguments as an object, so the pieces OpenAI streams are gathered first.
 */
import type { AnswerEvent, AnswerReader, AnswerToolCall } from "./read_answer_events.ts";

type Json = Record<string, unknown>;

/** What the writer needs besides the events. */
export interface OllamaAnswerOptions {
  /** `/api/chat` answers in `message`, `/api/generate` in `response`. */
  kind: "chat" | "generate";
  /** The model name as the app sent it (Ollama echoes it). */
  model: string;
  /** `performance.now()` when the request arrived: the durations count from here. */
  startedAt: number;
  /** False drops thinking (the model may think anyway when it cannot be switched off). */
  think?: boolean | string | null | undefined;
  /** `performance.now()` by default; tests inject one. */
  now?: () => number;
}

const encoder = new TextEncoder();

/** Arguments as the object Ollama sends; text that is no JSON object is kept under `raw`. */
function toArguments(text: string): Json {
  try {
    const value = JSON.parse(text === "" ? "{}" : text);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Json;
  } catch {
    // Falls through: a model's broken JSON is still shown, not lost.
  }
  return { raw: text };
}

function toOllamaToolCalls(calls: AnswerToolCall[]): Json[] {
  return calls.map((call, index) => ({
    id: call.id,
    function: { index, name: call.name, arguments: toArguments(call.arguments) },
  }));
}

/** One piece of an answer in the endpoint's shape (not yet stamped with model, time and `done`). */
function toPiece(
  kind: OllamaAnswerOptions["kind"],
  piece: { text?: string; thinking?: string; calls?: Json[] },
): Json {
  const fields: Json = {};
  if (piece.thinking !== undefined) fields.thinking = piece.thinking;
  if (piece.calls !== undefined) fields["tool_calls"] = piece.calls;
  if (kind === "generate") return { response: piece.text ?? "", ...fields };
  return { message: { role: "assistant", content: piece.text ?? "", ...fields } };
}

const NS_PER_MS = 1_000_000;

/** Tracks one answer: the time of its first token, its finish reason and token counts. */
function createTally(options: OllamaAnswerOptions) {
  const now = options.now ?? (() => performance.now());
  let firstAt: number | undefined;
  let reason = "stop";
  let usage = { prompt: 0, completion: 0 };
  let failed = false;
  const wantsThinking = options.think !== false;
  return {
    /** True once the answer itself reported an error (its last event). */
    get failed() {
      return failed;
    },
    /** The event as a piece to send, or undefined when it carries nothing for the app. */
    toPiece(event: AnswerEvent): Json | undefined {
      if (event.kind === "finish") reason = event.reason === "length" ? "length" : "stop";
      if (event.kind === "usage") usage = event;
      if (event.kind === "error") {
        failed = true;
        throw event.error;
      }
      // While a container starts, an empty piece (as Ollama's own chunks look, api/types.go `ChatResponse`
      // with `done: false`) keeps apps from giving up: Ollama App ends a stream after 30 s without data.
      if (event.kind === "waiting") return firstAt === undefined ? toPiece(options.kind, {}) : undefined;
      if (event.kind === "thinking" && !wantsThinking) return undefined;
      if (event.kind !== "text" && event.kind !== "thinking" && event.kind !== "tool_calls") return undefined;
      firstAt ??= now();
      if (event.kind === "text") return toPiece(options.kind, { text: event.text });
      if (event.kind === "thinking") return toPiece(options.kind, { thinking: event.text });
      return toPiece(options.kind, { calls: toOllamaToolCalls(event.calls) });
    },
    /** The statistics of the last object (durations in nanoseconds, as Ollama's `Metrics`). */
    final(): Json {
      const end = now();
      const first = firstAt ?? end;
      return {
        "done_reason": reason,
        "total_duration": Math.round((end - options.startedAt) * NS_PER_MS),
        // Loading (a cold container start) is part of the wait for the first token; it is not told apart.
        "load_duration": 0,
        "prompt_eval_count": usage.prompt,
        "prompt_eval_duration": Math.round((first - options.startedAt) * NS_PER_MS),
        "eval_count": usage.completion,
        "eval_duration": Math.round((end - first) * NS_PER_MS),
      };
    },
  };
}

/** A piece as one Ollama object: the model as the app named it, the time, and whether it is the last. */
function stamp(piece: Json, { model, done }: { model: string; done: boolean }): Json {
  return { model, "created_at": new Date().toISOString(), ...piece, done };
}

/** The whole answer as one Ollama object (`stream: false`). */
export async function toOllamaJson(reader: AnswerReader, options: OllamaAnswerOptions): Promise<Json> {
  const tally = createTally(options);
  let text = "";
  let thinking: string | undefined;
  let calls: Json[] | undefined;
  for (let events = await reader.next(); events; events = await reader.next()) {
    for (const event of events) {
      const piece = tally.toPiece(event);
      if (!piece) continue;
      const part = (options.kind === "chat" ? piece.message : piece) as Json;
      if (typeof part.content === "string") text += part.content;
      if (typeof part.response === "string") text += part.response;
      if (typeof part.thinking === "string") thinking = (thinking ?? "") + part.thinking;
      if (Array.isArray(part.tool_calls)) calls = [...calls ?? [], ...part.tool_calls as Json[]];
    }
  }
  const piece = toPiece(options.kind, {
    text,
    ...(thinking !== undefined ? { thinking } : {}),
    ...(calls ? { calls } : {}),
  });
  return { ...stamp(piece, { model: options.model, done: true }), ...tally.final() };
}

/**
 * The answer as NDJSON, one line per piece as it arrives (nothing read ahead of the app), then the final
 * object with the statistics. A failure after the first line is one `{"error": "..."}` line, as Ollama
 * writes it; an app that leaves cancels the upstream at once.
 */
export function toOllamaNdjson(
  reader: AnswerReader,
  options: OllamaAnswerOptions,
): ReadableStream<Uint8Array> {
  const tally = createTally(options);
  let finished = false;
  const line = (json: Json) => encoder.encode(JSON.stringify(json) + "\n");
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (finished) return;
      try {
        // A pull that enqueues nothing is not called again (the Streams spec's pullAgain), so read on until
        // a piece of the answer is there.
        for (;;) {
          const events = await reader.next();
          if (events === undefined) {
            finished = true;
            controller.enqueue(
              line({
                ...stamp(toPiece(options.kind, {}), { model: options.model, done: true }),
                ...tally.final(),
              }),
            );
            controller.close();
            return;
          }
          const pieces = events.map((event) => tally.toPiece(event)).filter((piece) => piece !== undefined);
          const bytes = pieces.map((piece) =>
            JSON.stringify(stamp(piece, { model: options.model, done: false })) + "\n"
          ).join("");
          if (bytes === "") continue;
          controller.enqueue(encoder.encode(bytes));
          return;
        }
      } catch (error) {
        finished = true;
        controller.enqueue(line({ error: error instanceof Error ? error.message : String(error) }));
        controller.close();
        // An answer's own error event is its last: the pipeline ends it and logs the failure. Cancelling
        // then would log a client that left (499); only a failure of this writer cancels.
        if (!tally.failed) await reader.cancel(error).catch(() => {});
      }
    },
    cancel: (reason) => reader.cancel(reason),
  }, { highWaterMark: 0 });
}
