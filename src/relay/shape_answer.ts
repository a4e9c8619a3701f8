/** Rewrites answers on their way back: META answers cleaned, routing and fallback notes added. */

const THINK = /<think>[\s\S]*?<\/think>\s*|^[\s\S]*?<\/think>\s*/g;
const encoder = new TextEncoder();

/** Removes `<think>` blocks; keeps the text from the first `{` to the last `}` when there is one. */
export function toMetaContent(content: string): string {
  const text = content.replace(THINK, "").trim();
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  return start >= 0 && end > start ? text.slice(start, end + 1) : text;
}

type Completion = { choices?: Array<{ message?: Record<string, unknown> }> };

/**
 * A META answer as clients read it (open-webui `backend/open_webui/routers/tasks.py` reads `content` from the first `{` to the last `}`): the requested output in `message.content`,
 * reasoning removed (used as the content only when the model put everything there).
 */
export function cleanMetaCompletion(json: Completion): Completion {
  for (const choice of json.choices ?? []) {
    const message = choice.message;
    if (!message) continue;
    const reasoning = message.reasoning ?? message["reasoning_content"];
    let content = typeof message.content === "string" ? toMetaContent(message.content) : "";
    if (content === "" && typeof reasoning === "string") content = toMetaContent(reasoning);
    message.content = content;
    delete message.reasoning;
    delete message["reasoning_content"];
  }
  return json;
}

/** Puts a note line before the answer of a non-streaming completion. */
export function addNoteToCompletion(json: Completion, note: string): Completion {
  const message = json.choices?.[0]?.message;
  if (message && typeof message.content === "string") message.content = `${note}\n\n${message.content}`;
  return json;
}

/** The note as one SSE chunk, sent before the upstream's first chunk. */
export function toNoteChunk(note: string, model: string): Uint8Array {
  const chunk = {
    id: "chatcmpl-ai-router-note",
    object: "chat.completion.chunk",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, delta: { role: "assistant", content: `${note}\n\n` }, "finish_reason": null }],
  };
  return encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`);
}
