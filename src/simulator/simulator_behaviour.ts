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
