import type { ServerTraits } from "./simulated_server.ts";
import { type SimulatedAnswer, type SimulatedToolCall, toTokens } from "./simulated_completion.ts";
import { toSchemaValue } from "./simulated_schema_value.ts";

type Json = Record<string, unknown>;

/** The parts of the simulator's behaviour an answer depends on. */
export interface AnswerBehaviour {
  reply: (body: Json, model: string) => string;
  choose: (body: Json, choices: string[]) => { label: string; logprob: number };
  reasoning: boolean;
  answerInReasoning: boolean;
}

/** The label choices the request constrains the answer to, as the simulated version reads them. */
function readChoices(body: Json, traits: ServerTraits): string[] | undefined {
  const structured = (body.structured_outputs as { choice?: unknown } | undefined)?.choice;
  if (traits.structuredOutputs && Array.isArray(structured) && structured.length > 0) {
    return structured.map(String);
  }
  const guided = body.guided_choice;
  if (traits.guidedChoice && Array.isArray(guided) && guided.length > 0) return guided.map(String);
  return undefined;
}

/** The JSON schema of `response_format` (or vLLM's `structured_outputs.json`), when the request has one. */
function readSchema(body: Json, traits: ServerTraits): Json | undefined {
  const format = body.response_format as { type?: string; json_schema?: { schema?: Json } } | undefined;
  if (format?.type === "json_schema") return format.json_schema?.schema ?? {};
  if (format?.type === "json_object") return { type: "object", properties: { answer: { type: "string" } } };
  const structured = (body.structured_outputs as { json?: unknown } | undefined)?.json;
  if (traits.structuredOutputs && structured && typeof structured === "object") return structured as Json;
  return undefined;
}

/**
 * The tool the model calls, if any: `tool_choice` "none" forbids it, a named function forces that one, and
 * "auto"/"required" (or none given) call the first tool. After a tool result the model answers in prose, as a
 * real one does, so agent loops end.
 */
function pickTool(body: Json): Json | undefined {
  // Only function tools are the model's to call; server-side tools (xAI's web_search) run on the server.
  const tools = (Array.isArray(body.tools) ? body.tools as Json[] : []).filter((tool) =>
    tool.type === "function"
  );
  const messages = Array.isArray(body.messages) ? body.messages as Json[] : [];
  if (tools.length === 0 || body.tool_choice === "none" || messages.at(-1)?.role === "tool") return undefined;
  const named = (body.tool_choice as { function?: { name?: string } } | undefined)?.function?.name;
  const fn = (tool: Json) => (tool.function ?? {}) as Json;
  return named ? tools.find((tool) => fn(tool).name === named) : tools[0];
}

function toToolCall(tool: Json, id: string): SimulatedToolCall {
  const fn = (tool.function ?? {}) as { name?: string; parameters?: Json };
  const args = toSchemaValue(fn.parameters ?? { type: "object", properties: {} });
  return { id, name: String(fn.name ?? ""), arguments: JSON.stringify(args) };
}

/** Builds what the simulated model answers to one request, under the traits of the server it plays. */
export function buildSimulatedAnswer(
  body: Json,
  options: { model: string; behaviour: AnswerBehaviour; traits: ServerTraits; callId: string },
): SimulatedAnswer {
  const answer = buildContentAnswer(body, options);
  if (!options.behaviour.answerInReasoning || answer.toolCalls) return answer;
  return { ...answer, tokens: [], reasoning: [...answer.reasoning, ...answer.tokens] };
}

function buildContentAnswer(
  body: Json,
  options: { model: string; behaviour: AnswerBehaviour; traits: ServerTraits; callId: string },
): SimulatedAnswer {
  const { model, behaviour, traits } = options;
  const choices = readChoices(body, traits);
  if (choices) {
    const { label, logprob } = behaviour.choose(body, choices);
    return { tokens: [label], reasoning: [], finishReason: "stop", logprob };
  }
  const tool = pickTool(body);
  if (tool) {
    return {
      tokens: [],
      reasoning: [],
      finishReason: "tool_calls",
      toolCalls: [toToolCall(tool, options.callId)],
    };
  }
  const schema = readSchema(body, traits);
  let tokens = toTokens(schema ? JSON.stringify(toSchemaValue(schema)) : behaviour.reply(body, model));
  // Reasoning is a chat feature (the reasoning parser splits chat output); legacy completions have none.
  const thinking = behaviour.reasoning && Array.isArray(body.messages) &&
    (body.chat_template_kwargs as { enable_thinking?: boolean } | undefined)?.enable_thinking !== false;
  const reasoning = thinking ? toTokens("Let me think about what is being asked before answering.") : [];
  const limit = Number(body.max_tokens ?? body.max_completion_tokens ?? Infinity);
  const cut = tokens.length + reasoning.length > limit;
  if (cut) tokens = tokens.slice(0, Math.max(0, limit - reasoning.length));
  return { tokens, reasoning, finishReason: cut ? "length" : "stop" };
}
