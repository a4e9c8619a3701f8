import type { SimulatedFailure } from "./simulator_behaviour.ts";
const encoder = new TextEncoder();
/** Waits `ms`, or less when `signal` aborts first (a simulated model's pace). */
export const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise<void>((resolve) => {
    if (ms <= 0 || signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });

/** The body of a `break-body` or `slow-body` answer; `record.aborted` is set when the client cancels it. */
export function toFaultyBody(
  failure: { kind: "break-body" } | { kind: "slow-body"; delayMs: number },
  { bytes, record, signal }: {
    bytes: Uint8Array;
    record: { aborted: boolean; completed: boolean };
    signal: AbortSignal;
  },
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

/**
 * A whole JSON answer (chat, completions, Responses, embeddings) given the `break-body` or `slow-body`
 * failure when one is set: the headers at once, the body broken off or late.
 */
export async function withBodyFault(
  answer: Response,
  { failure, record, signal }: {
    failure: SimulatedFailure | null;
    record: { aborted: boolean; completed: boolean };
    signal: AbortSignal;
  },
): Promise<Response> {
  const isJson = answer.headers.get("content-type")?.startsWith("application/json") === true;
  if ((failure?.kind !== "break-body" && failure?.kind !== "slow-body") || !answer.ok || !isJson) {
    return answer;
  }
  const bytes = new Uint8Array(await answer.arrayBuffer());
  record.completed = false;
  return new Response(toFaultyBody(failure, { bytes, record, signal }), {
    headers: {
      "content-type": "application/json",
      ...failure.kind === "break-body" ? { "content-length": String(bytes.length) } : {},
    },
  });
}
