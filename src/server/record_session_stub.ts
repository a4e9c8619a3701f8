import type { Backend } from "../backends/backend.ts";
import type { SessionLogEntry, SessionSink } from "../logs/session_log_entry.ts";

// TODO(#3): routing's own session recording replaces this stand-in; it exists so budgets, /stats and
// metrics see traffic before routing lands. It keeps no prompt text.

const decoder = new TextDecoder();
const USAGE = /"prompt_tokens"\s*:\s*(\d+)\s*,\s*"completion_tokens"\s*:\s*(\d+)/;

/** What the stand-in needs to write one entry. */
export interface RecordSessionOptions {
  sinks: readonly SessionSink[];
  requestId: string;
  user: string;
  route: string;
  backend: Backend;
  /** `performance.now()` when the request arrived. */
  started: number;
}

function toEntry(
  options: RecordSessionOptions,
  step: Partial<SessionLogEntry["steps"][number]>,
  error: string | null,
) {
  const { backend } = options;
  const totalMs = performance.now() - options.started;
  const entry: SessionLogEntry = {
    id: options.requestId,
    timestamp: new Date().toISOString(),
    user: options.user,
    "client_ip": null,
    "user_query": "",
    "client_messages": [],
    route: options.route,
    "classification_raw": null,
    confidence: null,
    "classification_ms": null,
    "cache_hit": false,
    rule: null,
    steps: [{
      step: "answer",
      provider: backend.name,
      url: backend.config.urls[0] ?? "",
      model: backend.config.model,
      "messages_sent": [],
      params: {},
      "response_content": "",
      "duration_ms": totalMs,
      "ttft_ms": null,
      tokens: null,
      status: 200,
      "finish_reason": null,
      location: backend.config.location,
      ...step,
    }],
    "total_ms": totalMs,
    error,
  };
  for (const sink of options.sinks) sink.record(entry);
}

/** Records a request that failed before an answer started. */
export function recordFailedSession(options: RecordSessionOptions, error: unknown): void {
  const status = (error as { status?: number }).status ?? 500;
  toEntry(options, { status }, error instanceof Error ? error.message : String(error));
}

function readUsage(text: string): { prompt: number; completion: number } | null {
  const match = USAGE.exec(text);
  return match ? { prompt: Number(match[1]), completion: Number(match[2]) } : null;
}

/**
 * Passes the answer through and records it at its end, reading `usage` from the last bytes. A JSON answer
 * is already in memory, so it is recorded at once; wrapping it in a stream would cost a JS stream per request.
 */
export async function recordSession(options: RecordSessionOptions, response: Response): Promise<Response> {
  if (!response.body) return response;
  if (!response.headers.get("content-type")?.startsWith("text/event-stream")) {
    const bytes = new Uint8Array(await response.arrayBuffer());
    const ttftMs = performance.now() - options.started;
    toEntry(options, { "ttft_ms": ttftMs, tokens: readUsage(decoder.decode(bytes.subarray(-400))) }, null);
    return new Response(bytes, { status: response.status, headers: response.headers });
  }
  let ttftMs: number | null = null;
  let tail: Uint8Array[] = [];
  const body = response.body.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>(
      {
        transform(chunk, controller) {
          ttftMs ??= performance.now() - options.started;
          tail = tail.length < 2 ? [...tail, chunk] : [tail[1] as Uint8Array, chunk];
          controller.enqueue(chunk);
        },
        flush() {
          toEntry(options, {
            "ttft_ms": ttftMs,
            tokens: readUsage(tail.map((c) => decoder.decode(c)).join("")),
          }, null);
        },
      },
      // A writable side of 0 as well deadlocks the pipe under Deno.serve; 1 keeps one chunk in flight.
      { highWaterMark: 1 },
      { highWaterMark: 0 },
    ),
  );
  return new Response(body, { status: response.status, headers: response.headers });
}
