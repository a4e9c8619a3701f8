type Json = Record<string, unknown>;

/**
 * One event of the chat pipeline's streamed answer, as the response half reads it: a chat completion chunk,
 * the one error event a failed stream ends with, the end (`[DONE]`), or a keep-alive comment (a backend
 * still starting) that must reach the client so proxies do not time out.
 */
export type ChatAnswerEvent =
  | { type: "chunk"; chunk: Json }
  | { type: "error"; error: Json }
  | { type: "done" }
  | { type: "comment"; text: string };

/** One SSE block (the text between blank lines) as a typed event, or undefined for a block with no data. */
function toChatAnswerEvent(block: string): ChatAnswerEvent | undefined {
  if (block.startsWith(":")) return { type: "comment", text: block };
  const data = block.split("\n").filter((line) => line.startsWith("data:")).map((line) =>
    line.slice(5).trim()
  )
    .join("\n");
  if (data === "") return undefined;
  if (data === "[DONE]") return { type: "done" };
  const json = JSON.parse(data) as Json;
  return json.error ? { type: "error", error: json.error as Json } : { type: "chunk", chunk: json };
}

/**
 * Reads the chat pipeline's SSE answer once into typed events, so the Responses translation works on chunks,
 * never on bytes. The pipeline's SSE is the router's own (one `data:` per event, blank-line separated).
 */
export function readChatAnswerEvents(sse: ReadableStream<Uint8Array>): ReadableStream<ChatAnswerEvent> {
  const decoder = new TextDecoder();
  let buffer = "";
  return sse.pipeThrough(
    new TransformStream<Uint8Array, ChatAnswerEvent>(
      {
        transform(bytes, controller) {
          buffer += decoder.decode(bytes, { stream: true });
          const blocks = buffer.split("\n\n");
          buffer = blocks.pop() ?? "";
          for (const block of blocks) {
            const event = toChatAnswerEvent(block);
            if (event) controller.enqueue(event);
          }
        },
      },
      { highWaterMark: 1 },
      { highWaterMark: 0 },
    ),
  );
}
