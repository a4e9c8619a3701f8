import type { OllamaMessage } from "./ollama_request.ts";

/**
 * Moves images sent on a non-user message into the next user message (before that message's own), or
 * into a user message added at the end when none follows.
 *
 * Ollama takes `images` on any role: ollama/ollama server/prompt.go@fb30760996871fa9460115c753afd2c60d4ab0f7
 * `imageTaggedMessages` tags every message's images where the message sits, whatever its role, and the
 * templates and most renderers (model/renderers/qwen3vl.go `renderContent`) draw them there. Apps rely on
 * it: Ollama App sends its earlier replies as `system` and attaches a photo picked after a reply to that
 * reply (JHubi1/ollama-app lib/worker/sender.dart `getHistory`). vLLM's OpenAI format takes image parts
 * in user messages only, and the photo belongs to the question the user asks next, so it goes there.
 */
export function moveImagesToUser(messages: readonly OllamaMessage[]): OllamaMessage[] {
  const moved: OllamaMessage[] = [];
  let carried: string[] = [];
  for (const message of messages) {
    const images = message.images ?? [];
    if (message.role === "user") {
      moved.push(carried.length ? { ...message, images: [...carried, ...images] } : message);
      carried = [];
    } else if (images.length) {
      carried = [...carried, ...images];
      moved.push({ ...message, images: null });
    } else {
      moved.push(message);
    }
  }
  if (carried.length) moved.push({ role: "user", content: "", images: carried });
  return moved;
}
