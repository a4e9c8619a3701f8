/** Puts personal values back into a redacted request's cloud answer, JSON or streamed. */
import type { Redaction } from "../privacy/redaction.ts";

type Json = Record<string, unknown>;
interface Choice {
  index?: number;
  message?: Json;
  delta?: Json;
  text?: unknown;
  "finish_reason"?: unknown;
}

function restoreToolCalls(holder: Json, redaction: Redaction): void {
  const calls = holder["tool_calls"];
  if (!Array.isArray(calls)) return;
  for (const call of calls as Array<{ function?: { arguments?: unknown } }>) {
    const fn = call.function;
    if (fn && typeof fn.arguments === "string") fn.arguments = redaction.restore(fn.arguments);
  }
}

/** Restores a non-streaming chat or completion answer in place: content, legacy text and tool arguments. */
export function restoreCompletion(json: Json, redaction: Redaction): void {
  for (const choice of (json.choices ?? []) as Choice[]) {
    if (choice.message) {
      if (typeof choice.message.content === "string") {
        choice.message.content = redaction.restore(choice.message.content);
      }
      restoreToolCalls(choice.message, redaction);
    }
    if (typeof choice.text === "string") choice.text = redaction.restore(choice.text);
  }
}

/**
 * A rewrite of one SSE event (for `mapSseEvents`) restoring placeholders in `delta.content` per choice,
 * a placeholder split across chunks included: its start is held back and sent with the next piece, or with the
 * choice's finishing chunk, or before `[DONE]` as a chunk of its own when no finishing chunk came.
 * Tool-call argument pieces are restored where a placeholder arrives whole in one piece.
 */
export function createSseRestorer(redaction: Redaction): (event: string) => string {
  const restorers = new Map<number, ReturnType<Redaction["createStreamRestorer"]>>();
  let last: Json | undefined;
  const restorerOf = (index: number) => {
    let restorer = restorers.get(index);
    if (!restorer) restorers.set(index, restorer = redaction.createStreamRestorer());
    return restorer;
  };
  return (event) => {
    if (event === "data: [DONE]") {
      const rest = [...restorers].map(([index, restorer]) => ({ index, text: restorer.flush() }))
        .filter((held) => held.text !== "");
      if (rest.length === 0 || !last) return event;
      const chunk = {
        ...last,
        choices: rest.map(({ index, text }) => ({ index, delta: { content: text }, "finish_reason": null })),
      };
      return `data: ${JSON.stringify(chunk)}\n\n${event}`;
    }
    if (!event.startsWith("data: ")) return event;
    let chunk: Json;
    try {
      chunk = JSON.parse(event.slice(6));
    } catch {
      return event;
    }
    const { id, object, created, model } = chunk;
    last = { id, object, created, model };
    for (const choice of (chunk.choices ?? []) as Choice[]) {
      const restorer = restorerOf(choice.index ?? 0);
      const delta = choice.delta;
      if (delta && typeof delta.content === "string") delta.content = restorer.push(delta.content);
      if (delta) restoreToolCalls(delta, redaction);
      if (choice.finish_reason != null) {
        const held = restorer.flush();
        if (held !== "") {
          const target = choice.delta ??= {};
          target.content = (typeof target.content === "string" ? target.content : "") + held;
        }
      }
    }
    return `data: ${JSON.stringify(chunk)}`;
  };
}
